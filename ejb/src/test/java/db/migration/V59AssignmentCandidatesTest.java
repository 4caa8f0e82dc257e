package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.assignment.AssignmentCandidate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V59 on a real (H2) database: the candidates of existing decisions move into the decision's row, in rank order. */
class V59AssignmentCandidatesTest {

    @Test
    void existingDecisionsKeepTheirCandidatesInRankOrder() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:v59;DB_CLOSE_DELAY=-1");
                Statement sql = db.createStatement()) {
            sql.execute("create table assignment_decision (id bigint primary key, reason varchar(500))");
            sql.execute("create table assignment_candidate (decision_id bigint not null references"
                    + " assignment_decision (id) on delete cascade, agent_id bigint not null,"
                    + " agent_name varchar(200) not null, workload double precision not null,"
                    + " unserved_seconds bigint not null, score double precision not null, chosen boolean not null)");
            sql.execute("insert into assignment_decision values (1, 'weight sum'), (2, 'nobody'), (3, 'bulk')");
            sql.execute("insert into assignment_candidate values"
                    + " (1, 11, 'Ann \"the\" Agent', 0.5, 30, 0.25, false),"
                    + " (1, 12, 'Bob', 0.0, 60, 1.0, true),"
                    + " (3, 13, 'Cy', 0.1, 5, 1.0, true)");

            V59__assignment_candidates_in_decision.migrate(db);

            List<AssignmentCandidate> first = candidates(sql, 1);
            assertEquals(
                    List.of(12L, 11L),
                    first.stream().map(AssignmentCandidate::getAgentId).toList());
            assertTrue(first.get(0).isChosen());
            assertEquals("Ann \"the\" Agent", first.get(1).getAgentName());
            assertEquals(0.5, first.get(1).getWorkload());
            assertEquals(30, first.get(1).getUnservedSeconds());
            assertEquals(0.25, first.get(1).getScore());
            assertFalse(first.get(1).isChosen());
            assertEquals(List.of(), candidates(sql, 2));
            assertEquals(1, candidates(sql, 3).size());
            // The table is gone, and every decision has its column set.
            assertThrows(SQLException.class, () -> sql.executeQuery("select count(*) from assignment_candidate"));
            assertThrows(
                    SQLException.class, () -> sql.execute("insert into assignment_decision values (4, 'x', null)"));
        }
    }

    @Test
    void candidatesReadBackAsWritten() {
        List<AssignmentCandidate> written = List.of(
                new AssignmentCandidate(7, "Zoë \\ Ω", 0.75, 0, 0.5, false),
                new AssignmentCandidate(8, "Li", 0, 120, 1.0, true));
        List<AssignmentCandidate> read = AssignmentCandidate.fromJson(AssignmentCandidate.toJson(written));
        assertEquals(2, read.size());
        assertEquals("Zoë \\ Ω", read.get(0).getAgentName());
        assertEquals(0.75, read.get(0).getWorkload());
        assertEquals(120, read.get(1).getUnservedSeconds());
        assertTrue(read.get(1).isChosen());
        assertEquals(List.of(), AssignmentCandidate.fromJson("[]"));
    }

    private static List<AssignmentCandidate> candidates(Statement sql, long decision) throws SQLException {
        try (ResultSet row = sql.executeQuery("select candidates from assignment_decision where id = " + decision)) {
            row.next();
            return AssignmentCandidate.fromJson(row.getString(1));
        }
    }
}
