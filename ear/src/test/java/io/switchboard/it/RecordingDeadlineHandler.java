package io.switchboard.it;

import io.switchboard.deadlines.DeadlineHandler;
import io.switchboard.deadlines.DueDeadline;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/** Records each run; the failing kind fails its first attempt. */
record RecordingDeadlineHandler(EntityManager em, String kind) implements DeadlineHandler {

    /** Changes with every server start (the class is loaded anew). */
    static final String JVM = UUID.randomUUID().toString();

    @Override
    public void handle(DueDeadline deadline) {
        if (kind.equals("test.failing") && deadline.attempt() < 2) {
            throw new IllegalStateException("failing on purpose, attempt " + deadline.attempt());
        }
        em.createNativeQuery("insert into deadline_test_firing (subject_id, kind, attempt, jvm, fired_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, deadline.subjectId())
                .setParameter(2, kind)
                .setParameter(3, deadline.attempt())
                .setParameter(4, JVM)
                .setParameter(5, Clock.systemUTC().instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
