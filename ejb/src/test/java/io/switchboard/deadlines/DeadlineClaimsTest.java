package io.switchboard.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadlineClaimsTest {

    @Test
    void claimsTheEarliestDueUnleasedRowsOfKnownKindsWithoutWaitingForOtherInstances() {
        String sql = DeadlineClaims.selectDue(2);
        assertThat(sql)
                .contains(
                        "due_at <= ?1",
                        "gave_up_at is null",
                        "(claimed_until is null or claimed_until <= ?1)",
                        "kind in (?3, ?4)",
                        "order by due_at limit ?2",
                        "for update skip locked");
    }

    @Test
    void needsAKind() {
        assertThatThrownBy(() -> DeadlineClaims.selectDue(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
