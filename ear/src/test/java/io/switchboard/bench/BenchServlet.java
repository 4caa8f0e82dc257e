package io.switchboard.bench;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;

/**
 * Benchmark only. {@code POST ?op=} with {@code store=deadlines|timers}: {@code clear} (timers: up to 10,000 per call); {@code add&count=&inMillis=&
 * everyMillis=} (the first due {@code inMillis} from now); {@code vacuum}. {@code GET ?op=stats} answers the lateness
 * summary, {@code GET ?op=histogram} its buckets ({@code ms count} lines), {@code GET ?op=heap} the heap used after a full GC, in bytes.
 */
@WebServlet("/bench")
public class BenchServlet extends HttpServlet {

    private static final int TIMERS_PER_TRANSACTION = 1000;

    @EJB
    BenchStore store;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean timers = "timers".equals(request.getParameter("store"));
        long started = System.nanoTime();
        String answer;
        switch (request.getParameter("op")) {
            case "clear" -> {
                BenchLateness.reset();
                int removed = 0;
                if (timers) {
                    // A slice per request (the client repeats until none are left): 100,000 at once outlast HTTP.
                    for (int n;
                            removed < 10 * TIMERS_PER_TRANSACTION
                                    && (n = store.cancelTimers(TIMERS_PER_TRANSACTION)) > 0; ) {
                        removed += n;
                    }
                } else {
                    removed = store.deleteDeadlines();
                }
                answer = "removed " + removed;
            }
            case "add" -> {
                int count = Integer.parseInt(request.getParameter("count"));
                long first = System.currentTimeMillis() + Long.parseLong(request.getParameter("inMillis"));
                double every = Double.parseDouble(request.getParameter("everyMillis"));
                if (timers) {
                    for (int done = 0; done < count; done += TIMERS_PER_TRANSACTION) {
                        store.createTimers(
                                Math.min(TIMERS_PER_TRANSACTION, count - done), first + (long) (done * every), every);
                    }
                } else {
                    store.insertDeadlines(count, first, every);
                }
                answer = "added " + count;
            }
            case "vacuum" -> {
                try {
                    store.vacuumAnalyze();
                } catch (SQLException e) {
                    throw new IOException(e);
                }
                answer = "vacuumed";
            }
            default -> throw new IllegalArgumentException("op");
        }
        response.setContentType("text/plain");
        response.getWriter().println(answer + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if ("heap".equals(request.getParameter("op"))) {
            // Two collections: the first may leave garbage whose finalization the second clears.
            System.gc();
            System.gc();
            response.getWriter()
                    .println(ManagementFactory.getMemoryMXBean()
                            .getHeapMemoryUsage()
                            .getUsed());
        } else if ("histogram".equals(request.getParameter("op"))) {
            response.getWriter().print(BenchLateness.histogram());
        } else {
            response.getWriter().println(BenchLateness.summary());
        }
    }
}
