package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.CertificateSource;
import com.balancerstudio.model.CertificateType;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.KeyAlgorithm;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The certificates listeners use. Certificates are issued and validated outside a design, so a configuration names
 * them by an input variable (whose description says the domain, as the export writes it), an aws_acm_certificate
 * resource or an aws_acm_certificate data source; each becomes one Certificate element of the listener's Region.
 */
final class Certificates {
    /** One fact of a certificate that the export adds to the description: "key ALGORITHM", a type, "expires DATE". */
    private static final String FACT = "(?:key [^,)\\s]+|AMAZON_ISSUED|IMPORTED|PRIVATE|expires [^,)\\s]+)";
    /**
     * "ARN of the (ACM|IAM) certificate for DOMAIN[ and SAN, SAN][ (FACT, FACT)][ (design element ID)]", as the export
     * describes them.
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "ARN of the (ACM|IAM) certificate for (\\S+)(?: and (.+?))?(?: \\((" + FACT + "(?:, " + FACT + ")*)\\))?"
                    + "(?: \\(design element [^)]*\\))?");

    private final Assembly assembly;
    private final Map<String, ElementId> made = new HashMap<>();

    Certificates(Assembly assembly) {
        this.assembly = assembly;
    }

    /** The certificate the value names, made in the Region on first use; null when the value is null. */
    ElementId of(Object value, Arguments arguments, String argument, ElementId region) throws HclException {
        if (value == null) {
            return null;
        }
        if (value instanceof VariableRef variable) {
            return made.computeIfAbsent("var." + variable.name(), key -> fromVariable(variable, arguments, region));
        }
        if (value instanceof AttributeRef ref) {
            var key = ref.instance().address();
            var known = made.get(key);
            if (known != null) {
                return known;
            }
            var source = Arguments.of(assembly.evaluation, ref.instance());
            String domain = switch (ref.instance().type()) {
                case "aws_acm_certificate" -> ref.instance().resource().data()
                        ? source.requiredText("domain") : source.requiredText("domain_name");
                case "aws_iam_server_certificate" -> Names.of(source, ref.instance());
                default -> throw new HclException(arguments.positionOf(argument), argument + " refers to "
                        + ref.instance().address() + ", which is not a certificate");
            };
            var sans = ref.instance().resource().data() ? List.<String>of() : source.texts("subject_alternative_names");
            var kind = ref.instance().type().equals("aws_iam_server_certificate") ? CertificateSource.IAM
                    : CertificateSource.ACM;
            var facts = kind == CertificateSource.ACM && !ref.instance().resource().data()
                    ? acmResourceFacts(source) : Facts.NONE;
            var id = add(domain, domain, sans, kind, facts, region);
            made.put(key, id);
            return id;
        }
        if (value instanceof String arn && arn.startsWith("arn:")) {
            return made.computeIfAbsent(arn, key -> {
                assembly.note(arguments, "the certificate " + arn + " is given by its ARN; its domain is not known here");
                var kind = arn.contains(":iam:") ? CertificateSource.IAM : CertificateSource.ACM;
                var name = arn.substring(arn.lastIndexOf('/') + 1);
                return add("certificate " + name, "unknown domain (" + name + ")", List.of(), kind, Facts.NONE,
                        region);
            });
        }
        throw new HclException(arguments.positionOf(argument), argument + " is " + Values.describe(value)
                + ", not a certificate ARN");
    }

    private ElementId fromVariable(VariableRef variable, Arguments arguments, ElementId region) {
        var matcher = DESCRIPTION.matcher(variable.description());
        if (matcher.matches()) {
            var sans = matcher.group(3) == null ? List.<String>of() : Arrays.asList(matcher.group(3).split(", "));
            var kind = matcher.group(1).equals("IAM") ? CertificateSource.IAM : CertificateSource.ACM;
            return add(matcher.group(2), matcher.group(2), sans, kind, described(matcher.group(4), kind, arguments),
                    region);
        }
        assembly.note(arguments, "the certificate comes from var." + variable.name()
                + ", whose description does not say its domain; the certificate is named after the variable");
        var name = variable.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return add(name, "unknown domain (var." + variable.name() + ")", List.of(), CertificateSource.ACM, Facts.NONE,
                region);
    }

    /** Key algorithm, expiry and type of a certificate, each null when not known. */
    private record Facts(KeyAlgorithm keyAlgorithm, String notAfter, CertificateType type) {
        static final Facts NONE = new Facts(null, null, null);
    }

    /** The facts an exported description lists; one that cannot be read is noted and left out. */
    private Facts described(String list, CertificateSource source, Arguments arguments) {
        if (list == null) {
            return Facts.NONE;
        }
        KeyAlgorithm algorithm = null;
        String notAfter = null;
        CertificateType type = null;
        for (var fact : list.split(", ")) {
            if (fact.startsWith("key ")) {
                algorithm = KeyAlgorithm.byValue(fact.substring(4));
                if (algorithm == null) {
                    assembly.note(arguments, "the certificate's key algorithm '" + fact.substring(4)
                            + "' is not one ACM knows; left out");
                }
            } else if (fact.startsWith("expires ")) {
                notAfter = dateOrNull(fact.substring(8), arguments);
            } else {
                type = CertificateType.byValue(fact);
            }
        }
        if (source == CertificateSource.IAM && type != null && type != CertificateType.IMPORTED) {
            assembly.note(arguments, "an IAM server certificate is always uploaded; its type " + type + " is left out");
            type = null;
        }
        return new Facts(algorithm, notAfter, type);
    }

    private String dateOrNull(String text, Arguments arguments) {
        try {
            LocalDate.parse(text);
            return text;
        } catch (DateTimeParseException e) {
            assembly.note(arguments, "the certificate's expiry '" + text + "' is not a date yyyy-mm-dd; left out");
            return null;
        }
    }

    /**
     * What an aws_acm_certificate resource says of its certificate: key_algorithm; a private_key makes it imported
     * and a certificate_authority_arn a private one (otherwise Amazon issues it, the default).
     */
    private Facts acmResourceFacts(Arguments resource) throws HclException {
        var algorithmText = resource.text("key_algorithm");
        var algorithm = algorithmText == null ? null : KeyAlgorithm.byValue(algorithmText);
        if (algorithmText != null && algorithm == null) {
            assembly.note(resource, "key_algorithm \"" + algorithmText + "\" is not one ACM knows; left out");
        }
        CertificateType type = null;
        if (resource.has("private_key")) {
            type = CertificateType.IMPORTED;
        } else if (resource.has("certificate_authority_arn")) {
            type = CertificateType.PRIVATE;
        }
        return new Facts(algorithm, null, type);
    }

    private ElementId add(String name, String domain, List<String> sans, CertificateSource source, Facts facts,
                          ElementId region) {
        var id = assembly.newId(name);
        assembly.add(null, new Certificate(id, name, region, null, domain, sans, source, facts.keyAlgorithm(),
                facts.notAfter(), facts.type()));
        return id;
    }
}
