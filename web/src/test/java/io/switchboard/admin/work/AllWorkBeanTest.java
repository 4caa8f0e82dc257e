package io.switchboard.admin.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.ConversationOrder;
import org.junit.jupiter.api.Test;

class AllWorkBeanTest {

    @Test
    void everySortableColumnSortsOnTheServer() {
        assertThat(AllWorkBean.orderKey("assigneeName")).isEqualTo(ConversationOrder.Key.ASSIGNEE);
        assertThat(AllWorkBean.orderKey("createdAt")).isEqualTo(ConversationOrder.Key.CREATED);
        assertThat(AllWorkBean.orderKey("displayId")).isEqualTo(ConversationOrder.Key.DISPLAY_ID);
        assertThat(AllWorkBean.orderKey("slaDueAt")).isEqualTo(ConversationOrder.Key.SLA_DUE);
    }

    @Test
    void noSortColumnIsTheWorkOrder() {
        assertThat(AllWorkBean.orderKey(null)).isEqualTo(ConversationOrder.Key.WORK);
        assertThat(AllWorkBean.orderKey("unknown")).isEqualTo(ConversationOrder.Key.WORK);
    }
}
