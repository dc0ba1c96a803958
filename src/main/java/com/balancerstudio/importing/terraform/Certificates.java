package com.balancerstudio.importing.terraform;

import com.balancerstudio.importing.hcl.HclException;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.CertificateSource;
import com.balancerstudio.model.ElementId;
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
    /** "ARN of the ACM certificate for DOMAIN[ and SAN, SAN][ (design element ID)]", as the export describes them. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "ARN of the (ACM|IAM) certificate for (\\S+)(?: and (.+?))?(?: \\(design element [^)]*\\))?");

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
            var id = add(domain, domain, sans, kind, region);
            made.put(key, id);
            return id;
        }
        if (value instanceof String arn && arn.startsWith("arn:")) {
            return made.computeIfAbsent(arn, key -> {
                assembly.note(arguments, "the certificate " + arn + " is given by its ARN; its domain is not known here");
                var kind = arn.contains(":iam:") ? CertificateSource.IAM : CertificateSource.ACM;
                var name = arn.substring(arn.lastIndexOf('/') + 1);
                return add("certificate " + name, "unknown domain (" + name + ")", List.of(), kind, region);
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
            return add(matcher.group(2), matcher.group(2), sans, kind, region);
        }
        assembly.note(arguments, "the certificate comes from var." + variable.name()
                + ", whose description does not say its domain; the certificate is named after the variable");
        var name = variable.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return add(name, "unknown domain (var." + variable.name() + ")", List.of(), CertificateSource.ACM, region);
    }

    private ElementId add(String name, String domain, List<String> sans, CertificateSource source, ElementId region) {
        var id = assembly.newId(name);
        assembly.add(null, new Certificate(id, name, region, null, domain, sans, source));
        return id;
    }
}
