package com.balancerstudio.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.balancerstudio.sim.metrics.Dimension;
import com.balancerstudio.sim.metrics.MetricName;
import com.balancerstudio.sim.metrics.Metrics;
import org.junit.jupiter.api.Test;

/** Alarms go to ALARM only after the threshold is breached for every one of their periods, as CloudWatch's do. */
class AlarmTest {
    private static final Dimension GROUP = Dimension.targetGroup("web-tg");
    private static final Alarm UNHEALTHY = new Alarm(MetricName.UnHealthyHostCount, GROUP, Alarm.Comparison.GREATER, 0,
            3);

    private static Metrics unhealthyHosts(double... perSecond) {
        var metrics = new Metrics();
        var series = metrics.writer(MetricName.UnHealthyHostCount, GROUP);
        for (int s = 0; s < perSecond.length; s++) {
            series.set(s, perSecond[s]);
        }
        metrics.completeSecond(perSecond.length);
        return metrics;
    }

    @Test
    void notEnoughPeriodsYetIsInsufficientData() {
        assertThat(UNHEALTHY.evaluate(unhealthyHosts(1, 1))).isEqualTo(Alarm.State.INSUFFICIENT_DATA);
    }

    @Test
    void aMetricNeverRecordedIsInsufficientData() {
        var other = new Alarm(MetricName.UnHealthyHostCount, Dimension.targetGroup("api-tg"), Alarm.Comparison.GREATER,
                0, 1);
        assertThat(other.evaluate(unhealthyHosts(1, 1, 1))).isEqualTo(Alarm.State.INSUFFICIENT_DATA);
    }

    @Test
    void threeBreachingPeriodsInARowFireTheAlarmAndOneCalmPeriodClearsIt() {
        assertThat(UNHEALTHY.evaluate(unhealthyHosts(0, 0, 1, 1))).isEqualTo(Alarm.State.OK);
        assertThat(UNHEALTHY.evaluate(unhealthyHosts(0, 1, 1, 1))).isEqualTo(Alarm.State.ALARM);
        assertThat(UNHEALTHY.evaluate(unhealthyHosts(0, 1, 1, 1, 0))).isEqualTo(Alarm.State.OK);
    }

    @Test
    void itDescribesItselfTheWayItIsWrittenInTheBrief() {
        assertThat(UNHEALTHY.describe()).isEqualTo("UnHealthyHostCount of target group web-tg > 0 for 3 periods");
    }

    @Test
    void anAlarmNeedsAtLeastOnePeriodAndANumber() {
        assertThatThrownBy(() -> new Alarm(MetricName.RequestCount, GROUP, Alarm.Comparison.LESS, 1, 0))
                .hasMessageContaining("1 period");
        assertThatThrownBy(() -> new Alarm(MetricName.RequestCount, GROUP, Alarm.Comparison.LESS, Double.NaN, 1))
                .hasMessageContaining("number");
    }
}
