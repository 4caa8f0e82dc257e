package io.switchboard.it;

import io.switchboard.deadlines.Deadline;
import io.switchboard.deadlines.Deadlines;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST ?kind=&subject=&dueInMillis=} schedules, {@code POST ?cancel&kind=&subject=} cancels;
 * {@code GET ?kind=&subject=} answers lines: {@code jvm <current>}, {@code pending <dueAt> <attempts>} per
 * pending deadline, {@code fired <jvm> <attempt> <firedAt>} per run.
 */
@WebServlet("/deadline-probe")
public class DeadlineProbeServlet extends HttpServlet {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @EJB
    Deadlines deadlines;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getParameter("kind");
        long subject = Long.parseLong(request.getParameter("subject"));
        if (request.getParameter("cancel") != null) {
            response.getWriter().println("cancelled " + deadlines.cancel(kind, subject));
            return;
        }
        Instant due = Instant.now().plusMillis(Long.parseLong(request.getParameter("dueInMillis")));
        Deadline deadline = deadlines.schedule(kind, subject, due, null);
        response.getWriter().println("scheduled " + deadline.getDueAt());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getParameter("kind");
        long subject = Long.parseLong(request.getParameter("subject"));
        StringBuilder answer =
                new StringBuilder("jvm ").append(RecordingDeadlineHandler.JVM).append('\n');
        @SuppressWarnings("unchecked")
        List<Object[]> fired = em.createNativeQuery("select jvm, attempt, fired_at from deadline_test_firing"
                        + " where subject_id = ?1 and kind = ?2 order by fired_at")
                .setParameter(1, subject)
                .setParameter(2, kind)
                .getResultList();
        // Read after the firings: a run deletes its deadline in the transaction that records it, so a firing seen
        // here means its deletion is visible to the next read too (read the other way round, a commit falling
        // between the two reads showed a fired deadline as still pending).
        for (Deadline deadline : deadlines.pending(kind, subject)) {
            answer.append("pending ")
                    .append(deadline.getDueAt())
                    .append(' ')
                    .append(deadline.getAttempts())
                    .append('\n');
        }
        for (Object[] row : fired) {
            answer.append("fired ")
                    .append(row[0])
                    .append(' ')
                    .append(row[1])
                    .append(' ')
                    .append(row[2])
                    .append('\n');
        }
        response.setContentType("text/plain");
        response.getWriter().print(answer);
    }
}
