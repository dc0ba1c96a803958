package com.balancerstudio.rules;

import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.StickinessType;
import com.balancerstudio.model.ConditionField;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every number and allowed value AWS sets for what the rules check, each written once beside the documentation page
 * it comes from. Rules, the limits table and the simulation read them from here.
 */
public final class AwsLimits {
    private AwsLimits() {
    }

    /** A closed interval of allowed values. */
    public record Range(long min, long max) {
        public boolean contains(long value) {
            return value >= min && value <= max;
        }

        @Override
        public String toString() {
            return min + "-" + max;
        }
    }

    // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html (/16 to /28)
    public static final Range VPC_PREFIX_LENGTH = new Range(16, 28);
    // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html (/16 to /28)
    public static final Range SUBNET_PREFIX_LENGTH = new Range(16, 28);

    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (Elastic IP addresses per Region: 5, adjustable)
    public static final int ELASTIC_IPS_PER_REGION = 5;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (internet gateways per VPC: 1)
    public static final int INTERNET_GATEWAYS_PER_VPC = 1;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer
    public static final int ALB_MINIMUM_ZONES = 2;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html (listeners per ALB: 50)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html (listeners per NLB: 50)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/quotas-limits.html (listeners per GWLB: 1)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-limits.html (listeners per CLB: 100)
    public static final Map<LoadBalancerType, Integer> LISTENERS_PER_LOAD_BALANCER = Map.of(
            LoadBalancerType.APPLICATION, 50,
            LoadBalancerType.NETWORK, 50,
            LoadBalancerType.GATEWAY, 1,
            LoadBalancerType.CLASSIC, 100);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html (ports 1-65535)
    public static final Range LISTENER_PORT = new Range(1, 65535);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html (HTTP, HTTPS)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html (TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-listeners.html (no protocol: all IP packets)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html (HTTP, HTTPS, TCP, SSL)
    public static final Map<LoadBalancerType, Set<Protocol>> LISTENER_PROTOCOLS = Map.of(
            LoadBalancerType.APPLICATION, EnumSet.of(Protocol.HTTP, Protocol.HTTPS),
            LoadBalancerType.NETWORK, EnumSet.of(Protocol.TCP, Protocol.TLS, Protocol.UDP, Protocol.TCP_UDP,
                    Protocol.QUIC, Protocol.TCP_QUIC),
            LoadBalancerType.GATEWAY, EnumSet.noneOf(Protocol.class),
            LoadBalancerType.CLASSIC, EnumSet.of(Protocol.HTTP, Protocol.HTTPS, Protocol.TCP, Protocol.SSL));

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (HTTP, HTTPS)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html (TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html (GENEVE)
    public static final Map<LoadBalancerType, Set<Protocol>> TARGET_GROUP_PROTOCOLS = Map.of(
            LoadBalancerType.APPLICATION, EnumSet.of(Protocol.HTTP, Protocol.HTTPS),
            LoadBalancerType.NETWORK, EnumSet.of(Protocol.TCP, Protocol.TLS, Protocol.UDP, Protocol.TCP_UDP,
                    Protocol.QUIC, Protocol.TCP_QUIC),
            LoadBalancerType.GATEWAY, EnumSet.of(Protocol.GENEVE));

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html (GENEVE on port 6081)
    public static final int GENEVE_PORT = 6081;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (0-3600 s, default 300)
    public static final Range DEREGISTRATION_DELAY = new Range(0, 3600);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html (interval 5-300 s)
    public static final Range HEALTH_CHECK_INTERVAL = new Range(5, 300);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html (timeout 2-120 s)
    public static final Range HEALTH_CHECK_TIMEOUT = new Range(2, 120);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html (timeout 2-60 s)
    public static final Range CLASSIC_HEALTH_CHECK_TIMEOUT = new Range(2, 60);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html (thresholds 2-10)
    public static final Range HEALTH_CHECK_THRESHOLD = new Range(2, 10);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ModifyTargetGroup.html (path 1-1024 characters)
    public static final int HEALTH_CHECK_PATH_MAX_LENGTH = 1024;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html (1 s to 7 days)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupStickinessConfig.html (the
    // target group stickiness of a forward action: the same 1-604800 s)
    public static final Range STICKINESS_DURATION = new Range(1, 604800);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (ALB: lb_cookie, app_cookie)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html (NLB: source_ip)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html (GWLB: 2- or 3-tuple flow stickiness)
    public static final Map<LoadBalancerType, Set<StickinessType>> STICKINESS_TYPES = Map.of(
            LoadBalancerType.APPLICATION, EnumSet.of(StickinessType.LB_COOKIE, StickinessType.APP_COOKIE),
            LoadBalancerType.NETWORK, EnumSet.of(StickinessType.SOURCE_IP),
            LoadBalancerType.GATEWAY, EnumSet.of(StickinessType.SOURCE_IP_DEST_IP, StickinessType.SOURCE_IP_DEST_IP_PROTO));

    // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener_rule (priority 1-50000)
    public static final Range RULE_PRIORITY = new Range(1, 50000);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html (condition values up to 128 characters)
    public static final int RULE_CONDITION_VALUE_MAX_LENGTH = 128;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html (policies that
    // still allow TLS 1.0/1.1 or weak ciphers; the API default is ELBSecurityPolicy-2016-08)
    public static final String DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";
    public static final Set<String> OUTDATED_SSL_POLICIES = Set.of(
            "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-0-2015-04",
            "ELBSecurityPolicy-TLS-1-1-2017-01", "ELBSecurityPolicy-FS-2018-06", "ELBSecurityPolicy-FS-1-1-2019-08",
            "ELBSecurityPolicy-TLS13-1-0-2021-06", "ELBSecurityPolicy-TLS13-1-1-2021-06");

    // --- traffic rules (listeners, listener rules, TLS, target groups, health checks, targets) ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (recommended:
    // TLS 1.3 with TLS 1.2 fallback, no TLS 1.0/1.1; also offered for NLB TLS listeners)
    public static final String RECOMMENDED_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#host-conditions
    // (host patterns: A-Z, a-z, 0-9, - . and the wildcards * ?; at least one '.', only letters after the last '.')
    public static final Pattern HOST_PATTERN = Pattern.compile("[A-Za-z0-9.*?-]*\\.[A-Za-z]*");
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#path-conditions
    // (path patterns: A-Z, a-z, 0-9, _ - . $ / ~ " ' @ : + & and the wildcards * ?)
    public static final Pattern PATH_PATTERN_CHARACTERS = Pattern.compile("[A-Za-z0-9_.$/~\"'@:+&*?-]*");

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html (gRPC
    // health check path /package.service/method, default /AWS.ALB/healthcheck)
    public static final Pattern GRPC_HEALTH_CHECK_PATH =
            Pattern.compile("/([A-Za-z_][A-Za-z0-9_]*\\.)+[A-Za-z_][A-Za-z0-9_]*/[A-Za-z_][A-Za-z0-9_]*");
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (protocol
    // version value of gRPC target groups)
    public static final String GRPC_PROTOCOL_VERSION = "GRPC";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-register-targets.html (an IP
    // target outside the VPC is registered in Availability Zone "all")
    public static final String ALL_ZONES = "all";

    // --- actions and conditions as the inspector edits them ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroupTuple.html (weight 0-999)
    public static final Range FORWARD_WEIGHT = new Range(0, 999);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_ForwardActionConfig.html (up to 5
    // target groups; a Network Load Balancer forwards to a single one)
    public static final int FORWARD_TARGET_GROUPS_MAX = 5;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RedirectActionConfig.html (status code
    // HTTP_301 or HTTP_302; host and path 1-128 characters, query 0-128; the path starts with '/')
    public static final List<String> REDIRECT_STATUS_CODES = List.of("HTTP_301", "HTTP_302");
    public static final int REDIRECT_PART_MAX_LENGTH = 128;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_FixedResponseActionConfig.html (status
    // code 2XX, 4XX or 5XX; five content types; message body up to 1024 characters)
    public static final Pattern FIXED_RESPONSE_STATUS_CODE = Pattern.compile("[245][0-9][0-9]");
    public static final List<String> FIXED_RESPONSE_CONTENT_TYPES = List.of(
            "text/plain", "text/css", "text/html", "application/javascript", "application/json");
    public static final int FIXED_RESPONSE_BODY_MAX_LENGTH = 1024;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html (at most one
    // host-header, http-request-method, path-pattern and source-ip condition per rule; up to three match evaluations
    // per condition and five per rule)
    public static final Set<ConditionField> ONCE_PER_RULE_CONDITIONS = EnumSet.of(ConditionField.HOST_HEADER,
            ConditionField.HTTP_REQUEST_METHOD, ConditionField.PATH_PATTERN, ConditionField.SOURCE_IP);
    public static final int RULE_CONDITION_VALUES_PER_CONDITION = 3;
    public static final int RULE_CONDITION_VALUES_PER_RULE = 5;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/add-rule.html (HTTP request method: up to 40
    // characters A-Z, - and _; HTTP header name: up to 40 characters, letters, digits and *?-!#$%&'+.^_`|~; query
    // string: letters, digits, _-.$/~"'@:+&()!,;= and the wildcards * ?)
    public static final Pattern HTTP_REQUEST_METHOD = Pattern.compile("[A-Z_-]{1,40}");
    public static final Pattern HTTP_HEADER_NAME = Pattern.compile("[A-Za-z0-9*?!#$%&'+.^_`|~-]{1,40}");
    public static final Pattern QUERY_STRING_CHARACTERS = Pattern.compile("[A-Za-z0-9_.$/~\"'@:+&()!,;=*?-]*");

    // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html (the first four addresses and the last
    // address of every subnet are reserved by AWS)
    public static final int SUBNET_RESERVED_FIRST_ADDRESSES = 4;
    public static final int SUBNET_RESERVED_LAST_ADDRESSES = 1;

    // --- listener, listener rule and TLS rules of the full catalog ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html (certificates per
    // Application Load Balancer, excluding default certificates: 25, adjustable)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html (certificates per
    // Network Load Balancer, excluding default certificates: 25, adjustable)
    public static final Map<LoadBalancerType, Integer> CERTIFICATES_PER_LOAD_BALANCER = Map.of(
            LoadBalancerType.APPLICATION, 25,
            LoadBalancerType.NETWORK, 25);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html (rules: condition
    // values per rule 5, condition wildcards per rule 5, match evaluations per rule 5; every value of a condition is
    // one match evaluation, see rule-condition-types.html, so values and match evaluations are the same count here)
    public static final int RULE_WILDCARDS_PER_RULE = 5;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html (WebSockets work on
    // TCP, TLS, TCP_UDP and TCP_QUIC listeners, not on UDP or QUIC)
    public static final Set<Protocol> NLB_WEBSOCKET_PROTOCOLS =
            EnumSet.of(Protocol.TCP, Protocol.TLS, Protocol.TCP_UDP, Protocol.TCP_QUIC);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html (certificates
    // and security policies belong to HTTPS listeners; NLB: TLS, CLB: HTTPS and SSL)
    public static final Set<Protocol> TLS_TERMINATING_PROTOCOLS = EnumSet.of(Protocol.HTTPS, Protocol.TLS, Protocol.SSL);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html (ALB and NLB do
    // not support custom security policies; every predefined one is named ELBSecurityPolicy-..., e.g.
    // ELBSecurityPolicy-TLS13-1-2-Res-2021-06, ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04). A name check rather than a
    // list: AWS keeps adding policies (the 2025 post-quantum ones), and a list would refuse the newest.
    public static final String PREDEFINED_SSL_POLICY_PREFIX = "ELBSecurityPolicy-";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ssl-config-update.html (an HTTPS/SSL listener
    // without a policy gets ELBSecurityPolicy-2016-08)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html (only
    // ELBSecurityPolicy-TLS-1-2-2017-01 leaves out TLS 1.0 and 1.1; predefined names start ELBSecurityPolicy- or
    // ELBSample-, any other name is a custom policy whose protocols the design does not record)
    public static final String CLASSIC_DEFAULT_SSL_POLICY = "ELBSecurityPolicy-2016-08";
    public static final String CLASSIC_RECOMMENDED_SSL_POLICY = "ELBSecurityPolicy-TLS-1-2-2017-01";
    public static final List<String> CLASSIC_PREDEFINED_SSL_POLICY_PREFIXES = List.of("ELBSecurityPolicy-", "ELBSample-");

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html#source-ip-conditions
    // (source IP conditions take IPv4 or IPv6 CIDR blocks; 255.255.255.255/32 is not accepted, wildcards are not)
    public static final String SOURCE_IP_REFUSED = "255.255.255.255/32";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html (a TCP listener
    // passes TLS through untouched; 443 is the HTTPS port)
    public static final int HTTPS_PORT = 443;

    // --- security posture, access logs, WAF and Route 53 rules of the full catalog ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html (the prefix
    // "can't include the string AWSLogs": Elastic Load Balancing adds AWSLogs/<account-id>/elasticloadbalancing/...)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/enable-access-logs.html (same for Network)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html (same for Classic)
    public static final String ACCESS_LOG_RESERVED_PREFIX = "AWSLogs";
}
