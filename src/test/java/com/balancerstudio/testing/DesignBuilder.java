package com.balancerstudio.testing;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.AvailabilityZone;
import com.balancerstudio.model.Certificate;
import com.balancerstudio.model.Cidr;
import com.balancerstudio.model.ConnectivityType;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.ElasticIp;
import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.InternetGateway;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.ListenerRule;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.Region;
import com.balancerstudio.model.Route;
import com.balancerstudio.model.RouteTable;
import com.balancerstudio.model.RuleCondition;
import com.balancerstudio.model.Subnet;
import com.balancerstudio.model.SubnetMapping;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.Vpc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds small designs for tests in a few lines. Ids are the names given; elements get bounds from a simple grid
 * inside their containers (good enough to tell them apart, not a tidy drawing: mixed sizes may overlap).
 */
public final class DesignBuilder {
    private final String name;
    private final List<Element> elements = new ArrayList<>();
    private final java.util.Map<ElementId, Integer> childCount = new java.util.HashMap<>();

    public DesignBuilder(String name) {
        this.name = name;
    }

    public static ElementId id(String value) {
        return ElementId.of(value);
    }

    public static Cidr cidr(String text) {
        return Cidr.parse(text);
    }

    /** Adds any element as it is. */
    public <T extends Element> T add(T element) {
        elements.add(element);
        return element;
    }

    /** Bounds for the next child of a container: a simple grid, four to a row. */
    public Rect slot(ElementId parent, double width, double height) {
        int n = childCount.merge(parent, 1, Integer::sum) - 1;
        return new Rect(20 + (n % 4) * (width + 20), 40 + (n / 4) * (height + 20), width, height);
    }

    public Region region(String regionName) {
        return add(new Region(id(regionName), regionName, null, slot(null, 1400, 900), regionName));
    }

    public Vpc vpc(Element region, String vpcName, String cidrBlock) {
        return add(new Vpc(id(vpcName), vpcName, region.id(), slot(region.id(), 1300, 800), cidr(cidrBlock), List.of(), true));
    }

    public InternetGateway internetGateway(Element region, String gatewayName, Vpc attachedTo) {
        return add(new InternetGateway(id(gatewayName), gatewayName, region.id(), slot(region.id(), 60, 60),
                attachedTo == null ? null : attachedTo.id()));
    }

    public AvailabilityZone zone(Vpc vpc, String zoneName) {
        return add(new AvailabilityZone(id(zoneName), zoneName, vpc.id(), slot(vpc.id(), 600, 700), zoneName));
    }

    public Subnet subnet(AvailabilityZone zone, String subnetName, String cidrBlock) {
        return add(new Subnet(id(subnetName), subnetName, zone.id(), slot(zone.id(), 260, 200), cidr(cidrBlock), false));
    }

    public RouteTable routeTable(Vpc vpc, String tableName, List<Route> routes, Subnet... associated) {
        return add(new RouteTable(id(tableName), tableName, vpc.id(), slot(vpc.id(), 120, 60), false, routes,
                Arrays.stream(associated).map(Subnet::id).toList()));
    }

    public static Route defaultRoute(Element target) {
        return new Route(cidr("0.0.0.0/0"), target.id());
    }

    public ElasticIp elasticIp(Element region, String ipName) {
        return add(new ElasticIp(id(ipName), ipName, region.id(), slot(region.id(), 60, 60), null));
    }

    public NatGateway natGateway(Subnet subnet, String gatewayName, ElasticIp ip) {
        return add(new NatGateway(id(gatewayName), gatewayName, subnet.id(), slot(subnet.id(), 60, 60),
                ConnectivityType.PUBLIC, ip == null ? null : ip.id(), List.of()));
    }

    public Instance instance(Subnet subnet, String instanceName) {
        return add(Instance.of(id(instanceName), instanceName, subnet.id(), slot(subnet.id(), 60, 60)));
    }

    public LoadBalancer loadBalancer(Vpc vpc, String lbName, LoadBalancerType type, boolean internal, Subnet... subnets) {
        var mappings = Arrays.stream(subnets).map(s -> SubnetMapping.of(s.id())).toList();
        return add(LoadBalancer.of(id(lbName), lbName, vpc.id(), slot(vpc.id(), 200, 60), type, internal, mappings));
    }

    public Certificate certificate(Element region, String certificateName, String domain) {
        return add(new Certificate(id(certificateName), certificateName, region.id(), slot(region.id(), 60, 60), domain,
                List.of(), null, null, null, null));
    }

    public Listener listener(LoadBalancer lb, String listenerName, Protocol protocol, Integer port, Certificate certificate,
                             Action action) {
        return add(new Listener(id(listenerName), listenerName, lb.id(), null, protocol, port,
                certificate == null ? null : certificate.id(), List.of(), null, action, null, null, false, null, null, null));
    }

    public ListenerRule rule(Listener listener, String ruleName, int priority, Action action, RuleCondition... conditions) {
        return add(new ListenerRule(id(ruleName), ruleName, listener.id(), null, priority, List.of(conditions), action));
    }

    public TargetGroup targetGroup(Vpc vpc, String groupName, Protocol protocol, int port, Instance... targets) {
        var registrations = Arrays.stream(targets).map(i -> TargetRegistration.instance(i.id())).toList();
        return add(TargetGroup.of(id(groupName), groupName, vpc.id(), slot(vpc.id(), 160, 60), protocol, port, registrations));
    }

    public AutoScalingGroup autoScalingGroup(Vpc vpc, String groupName, int min, int max, int desired,
                                             List<Subnet> subnets, List<TargetGroup> groups) {
        return add(new AutoScalingGroup(id(groupName), groupName, vpc.id(), slot(vpc.id(), 300, 80), min, max, desired,
                subnets.stream().map(Subnet::id).toList(), groups.stream().map(TargetGroup::id).toList(), List.of(),
                null, null, null, List.of()));
    }

    public static Action.Forward forward(TargetGroup group) {
        return Action.Forward.to(group.id());
    }

    public Design build() {
        return Design.of(name, "", elements);
    }
}
