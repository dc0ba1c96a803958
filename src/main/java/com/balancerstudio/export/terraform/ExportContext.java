package com.balancerstudio.export.terraform;

import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.S3Bucket;
import com.balancerstudio.model.Topology;
import com.balancerstudio.model.WafScope;
import com.balancerstudio.model.WebAcl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the resource writers share while one design is exported: the plan, the resources, inputs and notes. */
final class ExportContext {
    static final String NETWORK = "network.tf";
    static final String SECURITY = "security.tf";
    static final String LOAD_BALANCING = "load_balancing.tf";
    static final String COMPUTE = "compute.tf";
    static final String DNS = "dns.tf";
    static final String STORAGE = "storage.tf";

    /** An output value of the configuration. */
    record Output(String name, String description, Expr value) {
    }

    final Design design;
    final Topology topology;
    final Providers providers;
    final Labels labels = new Labels();
    final Plan plan;
    final Resources resources = new Resources();
    final Inputs inputs = new Inputs();
    final List<Output> outputs = new ArrayList<>();
    final List<NotExpressed> notes = new ArrayList<>();
    private final Map<ElementId, Expr> arnInputs = new HashMap<>();
    /** The label of the resources that come with each S3 bucket (its policy, its encryption), taken on first use. */
    private final Map<ElementId, String> bucketLabels = new HashMap<>();

    ExportContext(Design design) {
        this.design = design;
        this.topology = design.topology();
        this.providers = new Providers(design);
        this.plan = new Plan(design, providers, labels);
    }

    /** The common tags merged with a Name tag. */
    static Expr tags(String name) {
        return new Expr.Tags(Expr.str(name));
    }

    void note(Element element, String message) {
        notes.add(new NotExpressed(element == null ? null : element.id(), message));
    }

    /** Adds the element's own resource at its planned address, with the provider of its Region. */
    void resource(String file, Element element, Body body) {
        resources.add(file, plan.address(element.id()), providers.regionOf(element), body);
    }

    /**
     * An attribute of the resource of a referenced element, or null (with a note on the owner) when the design
     * refers to something that is not there or becomes no resource.
     */
    Expr ref(Element owner, ElementId target, String attribute, String what) {
        if (target == null) {
            return null;
        }
        var ref = plan.ref(target, attribute);
        if (ref == null) {
            note(owner, what + " '" + target.value() + "' is not in the design; left out");
        }
        return ref;
    }

    /** The references to several elements' resources, leaving out (and noting) the missing ones. */
    List<Expr> refs(Element owner, List<ElementId> targets, String attribute, String what) {
        var refs = new ArrayList<Expr>();
        for (var target : targets) {
            var ref = ref(owner, target, attribute, what);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    /**
     * The list of references to several elements' resources, written {@code values(aws_subnet.public)[*].id} when
     * they are exactly every zone's instance of one resource repeated per zone.
     */
    Expr list(Element owner, List<ElementId> targets, String attribute, String what) {
        var refs = refs(owner, targets, attribute, what);
        if (refs.size() >= 2) {
            var first = ((Expr.Ref) refs.get(0)).address().resource();
            var zones = new HashSet<String>();
            for (var ref : refs) {
                var address = ((Expr.Ref) ref).address();
                if (address.key() == null || !address.resource().equals(first) || !zones.add(address.key())) {
                    return Expr.list(refs);
                }
            }
            if (zones.equals(plan.zonesOf(first))) {
                return Expr.raw("values(" + first.render() + ")[*]." + attribute);
            }
        }
        return Expr.list(refs);
    }

    /** The input variable holding a certificate's ARN (certificates are issued and validated outside). */
    Expr certificateArn(Element owner, ElementId certificateId) {
        if (certificateId == null) {
            return null;
        }
        var certificate = design.get(certificateId, Certificate.class);
        if (certificate == null) {
            note(owner, "certificate '" + certificateId.value() + "' is not in the design; left out");
            return null;
        }
        return arnInputs.computeIfAbsent(certificateId, id -> inputs.declare(
                labels.takeFirstFree("variable", "certificate",
                        certificate.name() + " certificate arn", id.value() + " certificate arn"), "string",
                "ARN of the " + certificate.source().value().toUpperCase(Locale.ROOT)
                        + " certificate for " + certificate.domainName()
                        + (certificate.subjectAlternativeNames().isEmpty() ? ""
                        : " and " + String.join(", ", certificate.subjectAlternativeNames()))
                        + certificateFacts(certificate) + " (design element " + id.value() + ")",
                null));
    }

    /**
     * What the design knows of a certificate that its ARN does not say, in the variable's description so that an
     * import reads it back: " (key EC_prime256v1, imported, expires 2027-03-31)", only the facts that are set.
     */
    private static String certificateFacts(Certificate certificate) {
        var facts = new ArrayList<String>();
        if (certificate.keyAlgorithm() != null) {
            facts.add("key " + certificate.keyAlgorithm().value());
        }
        if (certificate.certificateType() != null) {
            facts.add(certificate.certificateType().value());
        }
        if (certificate.notAfter() != null) {
            facts.add("expires " + certificate.notAfter());
        }
        return facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")";
    }

    /** The input variable holding a WAF web ACL's ARN (its rules are not part of the design). */
    Expr webAclArn(Element owner, ElementId aclId) {
        var acl = design.get(aclId, WebAcl.class);
        if (acl == null) {
            note(owner, "web ACL '" + aclId.value() + "' is not in the design; left out");
            return null;
        }
        return arnInputs.computeIfAbsent(aclId, id -> inputs.declare(
                labels.takeFirstFree("variable", "web_acl", acl.name() + " web acl arn",
                        id.value() + " web acl arn"), "string",
                "ARN of the " + (acl.scope() == WafScope.CLOUDFRONT ? "CloudFront" : "regional")
                        + " AWS WAF web ACL " + acl.name() + " (design element " + id.value() + ")", null));
    }

    /** The input variable holding a Lambda function's ARN (its code and configuration are not part of the design). */
    Expr lambdaArn(LambdaFunction function) {
        return arnInputs.computeIfAbsent(function.id(), id -> inputs.declare(
                labels.takeFirstFree("variable", "lambda", function.name() + " lambda arn",
                        id.value() + " lambda arn"), "string",
                "ARN of the Lambda function " + function.functionName()
                        + (function.timeout() == null ? "" : ", which times out after " + function.timeout() + " s")
                        + " (design element " + id.value() + ")", null));
    }

    /**
     * The label of the policy, encryption and policy document of a bucket: its bucket name, which S3 keeps unique, so
     * the same for every resource that belongs to the bucket.
     */
    String bucketLabel(S3Bucket bucket) {
        return bucketLabels.computeIfAbsent(bucket.id(), id -> labels.take("s3 bucket parts", bucket.bucket(), "bucket"));
    }

    /** Whether a certificate, web ACL or Lambda function became an input variable (something of the configuration uses it). */
    boolean isInput(ElementId id) {
        return arnInputs.containsKey(id);
    }

    /** The input variable holding the AMI that instances of the Region boot from. */
    Expr amiId(String regionCode) {
        if (!providers.several()) {
            return inputs.declare("ami_id", "string", "ID of the AMI the EC2 instances and launch templates boot from",
                    null);
        }
        inputs.declare("ami_ids", "map(string)",
                "ID of the AMI the EC2 instances and launch templates boot from, per Region code", null);
        return Expr.raw("var.ami_ids[" + Hcl.quote(regionCode) + "]");
    }

    void output(String name, String description, Expr value) {
        outputs.add(new Output(labels.take("output", name, "output"), description, value));
    }
}
