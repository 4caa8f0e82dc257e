package io.switchboard.admin.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.sla.BreachOrder;
import org.junit.jupiter.api.Test;

/** Issue 15: the breach report sorts on the server, by the column the supervisor clicked. */
class SlaBreachReportBeanTest {

    @Test
    void eachSortableColumnHasItsOrderAndAnythingElseIsTheDueTime() {
        assertThat(SlaBreachReportBean.order("conversationId")).isEqualTo(BreachOrder.CONVERSATION);
        assertThat(SlaBreachReportBean.order("breach.breachedBy")).isEqualTo(BreachOrder.LATE_BY);
        assertThat(SlaBreachReportBean.order("policy")).isEqualTo(BreachOrder.POLICY);
        assertThat(SlaBreachReportBean.order("queue")).isEqualTo(BreachOrder.DUE);
        assertThat(SlaBreachReportBean.order(null)).isEqualTo(BreachOrder.DUE);
    }
}
