package io.switchboard.deadlines;

import java.util.StringJoiner;

/**
 * The statement that picks due deadlines for one ticker. {@code FOR UPDATE SKIP LOCKED} lets several instances
 * claim at once without waiting for or taking each other's rows (PostgreSQL, and H2 from 2.2 as Payara bundles it);
 * the lease columns keep a claimed row away from others after the claiming transaction commits.
 */
final class DeadlineClaims {

    private DeadlineClaims() {}

    /**
     * Due, not given up, not leased (or with a lapsed lease), of a kind this ticker can run; earliest first.
     * Reads all the handler needs, so that running it takes no second read. Parameters: 1 = now, 2 = batch size, 3.. = the kinds.
     */
    static String selectDue(int kinds) {
        if (kinds < 1) {
            throw new IllegalArgumentException("at least one kind");
        }
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < kinds; i++) {
            marks.add("?" + (i + 3));
        }
        return "select id, kind, subject_id, due_at, payload, attempts from deadline where due_at <= ?1 and gave_up_at is null"
                + " and (claimed_until is null or claimed_until <= ?1)"
                + " and kind in (" + marks + ")"
                + " order by due_at limit ?2 for update skip locked";
    }
}
