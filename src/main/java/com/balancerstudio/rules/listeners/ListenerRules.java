package com.balancerstudio.rules.listeners;

import com.balancerstudio.rules.Catalog;
import com.balancerstudio.rules.Rule;
import java.time.Clock;
import java.util.List;

/** The catalog rules about listeners, listener rules and their actions, and TLS (ELB-LSN-*, ELB-RULE-*, ELB-TLS-*). */
public final class ListenerRules {
    private ListenerRules() {
    }

    /** The rules; those about dates (certificate expiry) take today from the clock. */
    public static List<Rule> all(Catalog catalog, Clock clock) {
        return List.of(
                new ListenerHasValidDefaultAction(catalog),
                new NlbWebSocketsNeedStreamListener(catalog),
                new NlbTcpPassthroughOn443(catalog),
                new ClassicSecureListenerHasCertificate(catalog),
                new TlsSettingsOnPlainListenerUnused(catalog),
                new CertificatesPerLoadBalancerQuota(catalog),
                new CertificateInLoadBalancerRegion(catalog),
                new SecureListenerNamesTlsPolicy(catalog),
                new SecureListenerPolicyPredefined(catalog),
                new ClassicListenerUsesStrongTlsPolicy(catalog),
                new DnsNamesCoveredByCertificate(catalog),
                new ClassicListenerUsesAcmCertificate(catalog),
                new ContentRulesOnlyOnAlb(catalog),
                new RuleHasConditions(catalog),
                new ConditionTypeOncePerRule(catalog),
                new RuleConditionQuota(catalog),
                new RequestMethodsValid(catalog),
                new HttpHeaderConditionsValid(catalog),
                new QueryStringConditionsLength(catalog),
                new SourceIpConditionsValid(catalog),
                new ActionEndsInOneTerminal(catalog),
                new AuthenticationOnlyOnHttps(catalog),
                new ForwardTargetGroupsAndWeights(catalog),
                new WeightedForwardKeepsStickiness(catalog),
                ForwardStickinessDurationInRange.rule(catalog),
                new RedirectChangesSomething(catalog),
                new NoHttpsToHttpRedirect(catalog),
                new RedirectActionValid(catalog),
                new FixedResponseValid(catalog),
                new AlbForwardsToHttpTargetGroups(catalog),
                new GrpcRulesOnlyForward(catalog),
                new ShadowedRule(catalog),
                new GetAndHeadRoutedTogether(catalog),
                new AlpnOnlyOnTlsListeners(catalog),
                new AlbCertificateKeySupported(catalog),
                new NlbCertificateKeySupported(catalog),
                new CertificateExpiresSoon(catalog, clock),
                new ExpiredCertificateOnListener(catalog, clock),
                new ActionOrderValid(catalog));
    }
}
