package com.balancerstudio.rules;

import com.balancerstudio.model.BucketEncryption;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.KeyAlgorithm;
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

    // --- addressing: VPC quotas and address ranges (NET-*, ELB-TGT-*, ELB-ASG-*, ELB-HA-* rules) ---

    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (IPv4 CIDR blocks per VPC: 5, primary
    // included, adjustable up to 50)
    public static final int IPV4_CIDR_BLOCKS_PER_VPC = 5;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (VPCs per Region: 5, adjustable)
    public static final int VPCS_PER_REGION = 5;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (subnets per VPC: 200, adjustable)
    public static final int SUBNETS_PER_VPC = 200;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (internet gateways per Region: 5, raised
    // together with VPCs per Region)
    public static final int INTERNET_GATEWAYS_PER_REGION = 5;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (NAT gateways per Availability Zone: 5)
    public static final int NAT_GATEWAYS_PER_ZONE = 5;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (routes per route table: 50 non-propagated
    // routes per address family, adjustable to 1,000)
    public static final int ROUTES_PER_ROUTE_TABLE = 50;
    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html (inbound or outbound rules per security
    // group: 60 each; security groups per network interface: 5, adjustable to 16)
    public static final int SECURITY_GROUP_RULES_PER_DIRECTION = 60;
    public static final int SECURITY_GROUPS_PER_INTERFACE = 5;

    // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html (RFC 1918 private ranges are recommended;
    // 100.64.0.0/10 (RFC 6598) is also allowed; 169.254.0.0/16 cannot be used; 172.17.0.0/16 conflicts with some
    // services; a secondary block from another RFC 1918 range than the primary's, or 198.19.0.0/16 mixed with RFC
    // 1918, cannot be associated)
    public static final List<Cidr> RFC1918_RANGES = List.of(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));
    public static final Cidr SHARED_ADDRESS_SPACE = Cidr.parse("100.64.0.0/10");
    public static final Cidr LINK_LOCAL_RANGE = Cidr.parse("169.254.0.0/16");
    public static final Cidr SERVICE_CONFLICT_RANGE = Cidr.parse("172.17.0.0/16");
    public static final Cidr BENCHMARK_RANGE = Cidr.parse("198.19.0.0/16");

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer
    // (each subnet of a load balancer needs at least 8 free IP addresses for its node)
    public static final int LOAD_BALANCER_ADDRESSES_PER_SUBNET = 8;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-register-targets.html (target
    // port override 1-65535)
    public static final Range TARGET_PORT = new Range(1, 65535);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html and
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RegisterTargets.html (instances of these
    // families cannot be registered by instance ID with a Network Load Balancer; the API page also lists CS1)
    public static final Set<String> NLB_UNSUPPORTED_INSTANCE_FAMILIES = Set.of(
            "c1", "cc1", "cc2", "cg1", "cg2", "cr1", "cs1", "g1", "g2", "hi1", "hs1", "m1", "m2", "m3", "t1");

    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-availability-zone.html (spread instances over at
    // least two Availability Zones, with at least one instance in each, to survive a zone failure)
    public static final int REDUNDANT_MINIMUM = 2;

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

    // --- target groups, health checks and stickiness (the catalog's ELB-TG, ELB-HC and ELB-STK rules) ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html (name: at most
    // 32 characters, alphanumerics and hyphens, not beginning or ending with a hyphen, unique per Region and account)
    public static final Pattern TARGET_GROUP_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?");
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html (port 1-65535)
    public static final Range TARGET_GROUP_PORT = new Range(1, 65535);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (instance, ip, lambda)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html (instance, ip, alb)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/target-groups.html (instance, ip)
    public static final Map<LoadBalancerType, Set<com.balancerstudio.model.TargetType>> TARGET_TYPES = Map.of(
            LoadBalancerType.APPLICATION, EnumSet.of(com.balancerstudio.model.TargetType.INSTANCE,
                    com.balancerstudio.model.TargetType.IP, com.balancerstudio.model.TargetType.LAMBDA),
            LoadBalancerType.NETWORK, EnumSet.of(com.balancerstudio.model.TargetType.INSTANCE,
                    com.balancerstudio.model.TargetType.IP, com.balancerstudio.model.TargetType.ALB),
            LoadBalancerType.GATEWAY, EnumSet.of(com.balancerstudio.model.TargetType.INSTANCE,
                    com.balancerstudio.model.TargetType.IP));

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html (which target
    // group protocols each NLB listener protocol forwards to; an alb-type target group only behind TCP). QUIC to QUIC
    // is inferred: the page states explicitly only that TCP_QUIC listeners need TCP_QUIC target groups.
    public static final Map<Protocol, Set<Protocol>> NLB_LISTENER_TARGET_PROTOCOLS = Map.of(
            Protocol.TCP, EnumSet.of(Protocol.TCP, Protocol.TCP_UDP),
            Protocol.TLS, EnumSet.of(Protocol.TCP, Protocol.TLS),
            Protocol.UDP, EnumSet.of(Protocol.UDP, Protocol.TCP_UDP),
            Protocol.TCP_UDP, EnumSet.of(Protocol.TCP_UDP),
            Protocol.QUIC, EnumSet.of(Protocol.QUIC),
            Protocol.TCP_QUIC, EnumSet.of(Protocol.TCP_QUIC));

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (protocol
    // versions HTTP1, HTTP2, GRPC; HTTP2 and gRPC target groups need HTTPS listeners and instance or IP targets)
    public static final Set<String> HTTPS_ONLY_PROTOCOL_VERSIONS = Set.of("HTTP2", "GRPC");

    // Recommendation of the 2023 NLB guide (awsdocs/elb-network-load-balancers-user-guide, load-balancer-target-groups.md,
    // "Deregistration delay"); a search of the current documentation did not confirm it, so the rule using it only informs.
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html
    public static final int NLB_RECOMMENDED_MIN_DEREGISTRATION_DELAY = 120;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html (slow start
    // 30-900 s, 0 turns it off; not with least outstanding requests)
    public static final Range SLOW_START = new Range(30, 900);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-target-groups.html (UDP: instances
    // of these older families can receive traffic but cannot respond)
    public static final Set<String> UDP_UNSUPPORTED_INSTANCE_FAMILIES = Set.of(
            "c1", "cc1", "cc2", "cg1", "cg2", "cr1", "g1", "g2", "hi1", "hs1", "m1", "m2", "m3", "t1");

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html (health check
    // protocols: HTTP/HTTPS target groups HTTP or HTTPS; TCP, TLS, UDP, TCP_UDP, GENEVE target groups also TCP; TLS,
    // UDP, TCP_UDP and GENEVE are not health check protocols)
    public static final Set<Protocol> HTTP_HEALTH_CHECK_PROTOCOLS = EnumSet.of(Protocol.HTTP, Protocol.HTTPS);
    public static final Set<Protocol> LAYER4_HEALTH_CHECK_PROTOCOLS = EnumSet.of(Protocol.TCP, Protocol.HTTP, Protocol.HTTPS);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html (health check
    // port: "traffic-port" or 1-65535)
    public static final String TRAFFIC_PORT = "traffic-port";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Matcher.html (success codes: ALB HTTP
    // 200-499, gRPC 0-99; NLB 200-599; GWLB exactly 200-399; Lambda like ALB HTTP)
    public static final Range ALB_SUCCESS_CODES = new Range(200, 499);
    public static final Range GRPC_SUCCESS_CODES = new Range(0, 99);
    public static final Range NLB_SUCCESS_CODES = new Range(200, 599);
    public static final String GWLB_SUCCESS_CODES = "200-399";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-healthchecks.html (ping target
    // PROTOCOL:PORT[/path] with TCP, SSL, HTTP or HTTPS; HTTP and HTTPS need a path; at most 1024 characters)
    public static final Set<Protocol> CLASSIC_HEALTH_CHECK_PROTOCOLS =
            EnumSet.of(Protocol.TCP, Protocol.SSL, Protocol.HTTP, Protocol.HTTPS);
    public static final int CLASSIC_HEALTH_CHECK_TARGET_MAX_LENGTH = 1024;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html (application cookie
    // names must not start with the prefixes the load balancer reserves)
    public static final List<String> RESERVED_COOKIE_PREFIXES = List.of("AWSALB", "AWSALBAPP", "AWSALBTG");

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

    // --- load balancer kinds: names, subnets, idle timeouts, cross-zone, Classic Load Balancer attributes ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html (name: at most
    // 32 characters, only alphanumerics and hyphens, not beginning or ending with a hyphen, not beginning with
    // "internal-"; unique per Region and account)
    public static final int LOAD_BALANCER_NAME_MAX_LENGTH = 32;
    public static final Pattern LOAD_BALANCER_NAME = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9-]{0," + (LOAD_BALANCER_NAME_MAX_LENGTH - 2) + "}[A-Za-z0-9])?");
    public static final String LOAD_BALANCER_RESERVED_NAME_PREFIX = "internal-";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#subnets-load-balancer
    // (each subnet needs at least 8 free IP addresses; /27 or larger recommended so the load balancer can scale)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html (8 free addresses)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-manage-subnets.html (/27, 8 free addresses)
    public static final int LOAD_BALANCER_SUBNET_FREE_ADDRESSES = 8;
    public static final int LOAD_BALANCER_SUBNET_RECOMMENDED_PREFIX = 27;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
    // (idle_timeout.timeout_seconds 1-4000, default 60)
    public static final Range ALB_IDLE_TIMEOUT = new Range(1, 4000);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html (1-4000 s, default 60)
    public static final Range CLASSIC_IDLE_TIMEOUT = new Range(1, 4000);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
    // (client_keep_alive.seconds: 60-604800, default 3600)
    public static final Range ALB_CLIENT_KEEP_ALIVE = new Range(60, 604800);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/update-idle-timeout.html (TCP idle timeout of a
    // TCP listener: 60-6000 s, default 350; TLS listeners keep 350 s, UDP flows 120 s)
    public static final Range NLB_TCP_IDLE_TIMEOUT = new Range(60, 6000);
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html (1-3600 s, default 300)
    public static final Range CLASSIC_CONNECTION_DRAINING_TIMEOUT = new Range(1, 3600);
    public static final int CLASSIC_CONNECTION_DRAINING_DEFAULT = 300;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/application-load-balancer-target.html (an
    // Application Load Balancer can be the target of up to two Network Load Balancers, one target group each)
    public static final int NETWORK_LOAD_BALANCERS_PER_ALB_TARGET = 2;

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/gateway/gateway-load-balancers.html (GENEVE over UDP)
    public static final String GENEVE_IP_PROTOCOL = "udp";

    // --- security posture, access logs, WAF and Route 53 rules of the full catalog ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html (the prefix
    // "can't include the string AWSLogs": Elastic Load Balancing adds AWSLogs/<account-id>/elasticloadbalancing/...)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/enable-access-logs.html (same for Network)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html (same for Classic)
    public static final String ACCESS_LOG_RESERVED_PREFIX = "AWSLogs";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html
    // ("the DNS entry ... has a time-to-live (TTL) of 60 seconds"): clients look a load balancer up again this often,
    // and a CNAME that points at its DNS name is given the same time to live.
    public static final int ELB_DNS_TTL_SECONDS = 60;

    // --- load balancer, target group and listener attributes: keep-alive, target failover, CLB stickiness ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout
    // (default 60 s; "we recommend that you configure the idle timeout of your application to be larger than the
    // idle timeout configured for the load balancer")
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-idle-timeout.html (default 60 s; enable
    // HTTP keep-alive on the instances with a keep-alive timeout greater than the idle timeout)
    public static final int IDLE_TIMEOUT_DEFAULT = 60;

    // --- addressing: Elastic IP addresses per public NAT gateway (NET-NAT-005, NET-NAT-011) ---

    // https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html ("Elastic IP addresses per public NAT
    // gateway": default 2, adjustable, "You can request a quota increase up to 8"); the API reference of
    // AssociateNatGatewayAddress says the same (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_AssociateNatGatewayAddress.html)
    public static final int ELASTIC_IPS_PER_NAT_GATEWAY = 2;
    public static final int ELASTIC_IPS_PER_NAT_GATEWAY_MAX = 8;

    // --- TLS certificates and listener rule action order (ELB-TLS-006/007/012/015, ELB-RULE-015) ---

    // https://docs.aws.amazon.com/acm/latest/userguide/import-certificate-prerequisites.html (ACM imports RSA 1024,
    // 2048, 3072, 4096 and ECDSA P-256, P-384, P-521, no Ed25519; "Application Load Balancer supports all of the
    // algorithms available from ACM")
    public static final Set<KeyAlgorithm> ALB_KEY_ALGORITHMS = EnumSet.complementOf(EnumSet.of(KeyAlgorithm.ED25519));
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/doc-history.html (RSA 3072 and ECDSA 256/384/521
    // certificates since 2024-01-19, RSA 2048 before; RSA 4096 on a TLS listener is not documented)
    public static final Set<KeyAlgorithm> NLB_TLS_KEY_ALGORITHMS = EnumSet.of(KeyAlgorithm.RSA_2048,
            KeyAlgorithm.RSA_3072, KeyAlgorithm.EC_PRIME256V1, KeyAlgorithm.EC_SECP384R1, KeyAlgorithm.EC_SECP521R1);
    // The catalog's warning window (ELB-TLS-012). ACM begins managed renewal of the certificates it issued up to 60
    // days before they expire: https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html
    public static final int CERTIFICATE_EXPIRY_WARNING_DAYS = 30;
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Action.html (Order: 1-50000, lowest
    // first; exactly one forward, redirect or fixed-response, performed last)
    public static final Range ACTION_ORDER = new Range(1, 50000);

    // --- IPv6 blocks and zone types (VPC, subnets, Local Zones, Outposts) ---

    // https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html (a subnet's IPv6 CIDR block is a /64 of
    // the VPC's IPv6 block, as the rule catalog's NET-SUB-007 requires; the VPC's Amazon-provided block is a /56:
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html, Vpc.GENERATED_IPV6_PREFIX)
    public static final int SUBNET_IPV6_PREFIX = 64;

    // --- S3 access-log buckets and Lambda function targets ---

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html ("The only
    // server-side encryption option that's supported is Amazon S3-managed keys (SSE-S3)"; same for Classic:
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html)
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/enable-access-logs.html (Network Load Balancer
    // logs go through the log delivery service, which also writes to SSE-KMS buckets with a customer managed key, not
    // with the AWS managed key: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-S3.html)
    public static final Set<BucketEncryption> ALB_LOG_BUCKET_ENCRYPTION = Set.of(BucketEncryption.SSE_S3);
    public static final Set<BucketEncryption> NLB_LOG_BUCKET_ENCRYPTION = Set.of(BucketEncryption.SSE_S3,
            BucketEncryption.SSE_KMS_CUSTOMER_MANAGED_KEY);

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html (step 2: Regions
    // available since August 2022 grant s3:PutObject to this service principal; older Regions to the Regional Elastic
    // Load Balancing account, which the Terraform data source aws_elb_service_account returns). The Regions with such
    // an account are the ones listed on that page.
    public static final String ELB_LOG_DELIVERY_PRINCIPAL = "logdelivery.elasticloadbalancing.amazonaws.com";
    public static final Set<String> REGIONS_WITH_ELB_LOG_ACCOUNT = Set.of("us-east-1", "us-east-2",
            "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2",
            "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ca-central-1", "eu-central-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-north-1", "me-south-1", "sa-east-1",
            "us-gov-west-1", "us-gov-east-1", "cn-north-1", "cn-northwest-1");
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/enable-access-logs.html (the example bucket
    // policy grants s3:PutObject and s3:GetBucketAcl to the log delivery service)
    public static final String NLB_LOG_DELIVERY_PRINCIPAL = "delivery.logs.amazonaws.com";

    // https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_AccessLog.html (EmitInterval:
    // "either 5 minutes or 60 minutes. Default: 60 minutes"; Terraform aws_elb access_logs.interval)
    public static final Set<Integer> CLASSIC_LOG_EMIT_INTERVALS = Set.of(5, 60);
    public static final int CLASSIC_LOG_EMIT_INTERVAL_DEFAULT = 60;

    // https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html (default 3 seconds, 1 to 900 seconds)
    public static final Range LAMBDA_TIMEOUT = new Range(1, 900);
    public static final int LAMBDA_TIMEOUT_DEFAULT = 3;
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html (the function's
    // resource-based policy must let this service principal call lambda:InvokeFunction)
    public static final String LAMBDA_INVOKE_PRINCIPAL = "elasticloadbalancing.amazonaws.com";

    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/edit-target-group-attributes.html#client-ip-preservation
    // (on by default for instance target groups and, without a way to turn it off, for IP target groups of these
    // protocols; off by default for IP target groups of TCP and TLS)
    public static final Set<Protocol> CLIENT_IP_ALWAYS_PRESERVED =
            Set.of(Protocol.UDP, Protocol.TCP_UDP, Protocol.QUIC, Protocol.TCP_QUIC);
}
