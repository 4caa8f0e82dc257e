package io.switchboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SQL that sums a day's ALL rows into another slice: the dropped dimensions null, the kept ones grouped by. */
class SlicesFromAllTest {

    @Test
    void theQueueSliceKeepsTheQueueTagAndSlaColumnsAndDropsTheOthers() {
        String sql = ReportRollup.sliceFromAll(Slice.QUEUE);
        assertThat(sql)
                .startsWith("insert into report_day (local_day, slice, measure, queue_id, channel, priority, tag_id,"
                        + " agent_id, policy, severity, metric, sentiment, n, total_s, b00")
                .contains("select local_day, 'QUEUE', measure, queue_id, cast(null as varchar(30)),"
                        + " cast(null as varchar(30)), tag_id, cast(null as bigint), policy, severity, metric,"
                        + " cast(null as varchar(30)), sum(n), sum(total_s), sum(b00)")
                .contains("sum(b19) from report_day where local_day = ? and slice = 'ALL'")
                .endsWith(" group by local_day, measure, queue_id, tag_id, policy, severity, metric");
    }

    @Test
    void theTotalSliceDropsEveryConversationDimension() {
        assertThat(ReportRollup.sliceFromAll(Slice.TOTAL))
                .contains("select local_day, 'TOTAL', measure, cast(null as bigint), cast(null as varchar(30)),"
                        + " cast(null as varchar(30)), tag_id, cast(null as bigint), policy")
                .endsWith(" group by local_day, measure, tag_id, policy, severity, metric");
    }

    @Test
    void theAgentSliceKeepsTheAgentAndItsSentimentTwinTheLabelToo() {
        assertThat(ReportRollup.sliceFromAll(Slice.AGENT))
                .endsWith(" group by local_day, measure, tag_id, agent_id, policy, severity, metric");
        assertThat(ReportRollup.sliceFromAll(Slice.AGENT_SENTIMENT))
                .endsWith(" group by local_day, measure, tag_id, agent_id, policy, severity, metric, sentiment");
    }
}
