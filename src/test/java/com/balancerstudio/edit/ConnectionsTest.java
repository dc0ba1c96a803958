package com.balancerstudio.edit;

import static com.balancerstudio.testing.DesignBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.model.Action;
import com.balancerstudio.model.AutoScalingGroup;
import com.balancerstudio.model.Client;
import com.balancerstudio.model.ClientKind;
import com.balancerstudio.model.Design;
import com.balancerstudio.model.DnsRecord;
import com.balancerstudio.model.ElementId;
import com.balancerstudio.model.Instance;
import com.balancerstudio.model.LambdaFunction;
import com.balancerstudio.model.Listener;
import com.balancerstudio.model.LoadBalancer;
import com.balancerstudio.model.LoadBalancerType;
import com.balancerstudio.model.NatGateway;
import com.balancerstudio.model.Protocol;
import com.balancerstudio.model.Rect;
import com.balancerstudio.model.TargetGroup;
import com.balancerstudio.model.TargetRegistration;
import com.balancerstudio.model.TargetType;
import com.balancerstudio.model.Vpc;
import com.balancerstudio.testing.DesignBuilder;
import com.balancerstudio.testing.Fixtures;
import com.balancerstudio.ui.inspector.RecordCopier;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
    private final Design web = Fixtures.webTier();

    private Design withNewGroup(Design design) {
        return design.withAdded(TargetGroup.of(id("api-tg"), "api-tg", id("vpc"), new Rect(0, 0, 64, 64),
                Protocol.HTTP, 80, List.of()), design.size());
    }

    @Test
    void loadBalancerToTargetGroupForwardsFromTheFirstForwardingListener() {
        var design = withNewGroup(web);
        var after = Connections.connect(design, id("web-alb"), id("api-tg")).apply(design);
        var https = after.get(id("https"), Listener.class);
        assertThat(https.defaultAction().targetGroups()).extracting(g -> g.targetGroupId().value())
                .containsExactly("web-tg", "api-tg");
        assertThat(after.get(id("http"), Listener.class).defaultAction()).isInstanceOf(Action.Redirect.class);
    }

    @Test
    void aLoadBalancerWithoutListenersGetsAnHttpListenerOrATcpOneForAnNlb() {
        var alb = LoadBalancer.of(id("new-alb"), "new-alb", id("vpc"), new Rect(0, 0, 64, 64),
                LoadBalancerType.APPLICATION, false, List.of());
        var nlb = LoadBalancer.of(id("new-nlb"), "new-nlb", id("vpc"), new Rect(0, 0, 64, 64),
                LoadBalancerType.NETWORK, false, List.of());
        var design = web.withAdded(alb, web.size()).withAdded(nlb, web.size() + 1);

        var withAlb = Connections.connect(design, alb.id(), id("web-tg")).apply(design);
        var albListener = withAlb.topology().listenersOf(alb).get(0);
        assertThat(albListener.protocol()).isEqualTo(Protocol.HTTP);
        assertThat(albListener.port()).isEqualTo(80);
        assertThat(withAlb.topology().targetGroupsOf(alb)).extracting(TargetGroup::name).containsExactly("web-tg");

        var withNlb = Connections.connect(design, nlb.id(), id("web-tg")).apply(design);
        assertThat(withNlb.topology().listenersOf(nlb).get(0).protocol()).isEqualTo(Protocol.TCP);
    }

    @Test
    void aGwlbEndpointSendsToAGatewayLoadBalancerOnly() {
        var design = com.balancerstudio.testing.GatewayEndpointDesigns.plus(
                com.balancerstudio.testing.GatewayEndpointDesigns.withGatewayLoadBalancer(),
                com.balancerstudio.testing.GatewayEndpointDesigns.endpoint("gwlbe-a", "public-a").withLoadBalancer(null));
        var edit = Connections.connect(design, id("gwlbe-a"), id("gwlb"));
        assertThat(edit.label()).isEqualTo("Send 'gwlbe-a' to 'gwlb'");
        var after = edit.apply(design);
        assertThat(after.get(id("gwlbe-a"), com.balancerstudio.model.GatewayLoadBalancerEndpoint.class)
                .loadBalancerId()).isEqualTo(id("gwlb"));
        assertThat(Connections.refusal(after, id("gwlbe-a"), id("gwlb"))).hasValue("'gwlbe-a' already sends to 'gwlb'");
        assertThat(Connections.refusal(design, id("gwlbe-a"), id("web-alb")))
                .hasValue("A GWLB endpoint sends traffic only to a Gateway Load Balancer");
    }

    @Test
    void alreadyForwardingAndUnrelatedPairsAreRefusedWithAReason() {
        assertThat(Connections.refusal(web, id("web-alb"), id("web-tg"))).hasValue("'web-alb' already forwards to 'web-tg'");
        assertThat(Connections.refusal(web, id("eip-a"), id("web-a")))
                .hasValue("An Elastic IP cannot be connected to an EC2 instance");
        assertThatThrownBy(() -> Connections.connect(web, id("web-alb"), id("web-a")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("through a target group");
    }

    @Test
    void targetGroupRegistersAnInstanceAndAttachesAnAutoScalingGroup() {
        var group = web.get(id("web-tg"), TargetGroup.class);
        var emptied = web.withReplaced(group.withTargets(List.of(TargetRegistration.instance(id("web-a")))));
        var registered = Connections.connect(emptied, id("web-tg"), id("web-b")).apply(emptied);
        assertThat(registered.get(id("web-tg"), TargetGroup.class).targets())
                .extracting(t -> t.targetId().value()).containsExactly("web-a", "web-b");

        var asg = new AutoScalingGroup(id("asg"), "asg", id("vpc"), new Rect(0, 0, 64, 64), 1, 2, 1, List.of(),
                List.of(), List.of(), null, null, null, List.of());
        var withAsg = web.withAdded(asg, web.size());
        var attached = Connections.connect(withAsg, id("web-tg"), asg.id()).apply(withAsg);
        assertThat(attached.get(asg.id(), AutoScalingGroup.class).targetGroupIds()).containsExactly(id("web-tg"));
    }

    @Test
    void aLambdaTargetGroupRegistersAFunctionAndOtherGroupsRefuseIt() {
        var function = new LambdaFunction(id("orders-fn"), "orders-fn", id("us-east-1"), new Rect(0, 0, 64, 64),
                "orders", null, true);
        var lambdaGroup = RecordCopier.with(TargetGroup.of(id("fn-tg"), "fn-tg", id("vpc"), new Rect(0, 0, 64, 64),
                null, null, List.of()), "targetType", TargetType.LAMBDA);
        var design = web.withAdded(function, web.size()).withAdded(lambdaGroup, web.size() + 1);

        var registered = Connections.connect(design, lambdaGroup.id(), function.id()).apply(design);
        assertThat(registered.get(lambdaGroup.id(), TargetGroup.class).targets())
                .containsExactly(TargetRegistration.instance(function.id()));
        assertThat(Connections.refusal(registered, lambdaGroup.id(), function.id()))
                .hasValue("'orders-fn' is already the target of 'fn-tg'");
        assertThat(Connections.refusal(design, id("web-tg"), function.id())).hasValue("Target group 'web-tg' has "
                + "target type instance: only a target group of type lambda registers a Lambda function");
    }

    @Test
    void targetsMustBeInTheTargetGroupsVpc() {
        var other = new Vpc(id("other-vpc"), "other", id("us-east-1"), new Rect(0, 0, 100, 100),
                DesignBuilder.cidr("10.1.0.0/16"), List.of(), true);
        var group = TargetGroup.of(id("far-tg"), "far-tg", other.id(), new Rect(0, 0, 64, 64), Protocol.HTTP, 80,
                List.of());
        var design = web.withAdded(other, web.size()).withAdded(group, web.size() + 1);
        assertThat(Connections.refusal(design, group.id(), id("web-a")))
                .hasValue("A target group registers only instances of its own VPC");
    }

    @Test
    void recordAliasesElasticIpAllocatesAndClientsSend() {
        var record = new DnsRecord(id("www"), "www", null, new Rect(0, 0, 64, 64), "example.com", null, null, null,
                null, null, null, true, null);
        var client = new Client(id("users"), "users", null, new Rect(0, 0, 64, 64), ClientKind.INTERNET, null);
        var design = web.withAdded(record, web.size()).withAdded(client, web.size() + 1);

        var aliased = Connections.connect(design, record.id(), id("web-alb")).apply(design);
        assertThat(aliased.get(record.id(), DnsRecord.class).aliasTargetId()).isEqualTo(id("web-alb"));

        var toRecord = Connections.connect(design, client.id(), record.id()).apply(design);
        assertThat(toRecord.get(client.id(), Client.class).targetId()).isEqualTo(record.id());

        var swapped = Connections.connect(web, id("eip-b"), id("nat-a")).apply(web);
        assertThat(swapped.get(id("nat-a"), NatGateway.class).allocationId()).isEqualTo(id("eip-b"));
    }

    @Test
    void onlyKindsThatLinkToSomethingStartAConnection() {
        assertThat(Connections.canStartFrom(web.get(id("web-alb")))).isTrue();
        assertThat(Connections.canStartFrom(web.get(id("web-a"), Instance.class))).isFalse();
        assertThat(Connections.canStartFrom(web.get(ElementId.of("vpc")))).isFalse();
    }
}
