package db.migration;

import io.switchboard.assignment.AssignmentCandidate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A decision's candidates move from their own table (a row each) into one JSON column of the decision
 * ({@link AssignmentCandidate#toJson}): the inbound path writes a decision per assignment, and ten candidate rows per
 * decision were its largest write. In Java because the JSON is built the way the application reads it, on H2 and
 * PostgreSQL alike. Candidates keep the order they were recorded in: best score first (the chosen one, when it ranked
 * lower, was recorded last).
 */
public class V59__assignment_candidates_in_decision extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    static void migrate(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table assignment_decision add column candidates varchar(8000)");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("select decision_id, agent_id, agent_name, workload,"
                        + " unserved_seconds, score, chosen from assignment_candidate"
                        + " order by decision_id, score desc, agent_id");
                PreparedStatement write =
                        connection.prepareStatement("update assignment_decision set candidates = ? where id = ?")) {
            long decision = -1;
            int pending = 0;
            List<AssignmentCandidate> candidates = new ArrayList<>();
            while (rows.next()) {
                long id = rows.getLong(1);
                if (id != decision && !candidates.isEmpty()) {
                    pending += add(write, decision, candidates);
                }
                decision = id;
                candidates.add(new AssignmentCandidate(
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getDouble(4),
                        rows.getLong(5),
                        rows.getDouble(6),
                        rows.getBoolean(7)));
                if (pending >= 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (!candidates.isEmpty()) {
                add(write, decision, candidates);
            }
            write.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("update assignment_decision set candidates = '[]' where candidates is null");
            ddl.execute("alter table assignment_decision alter column candidates set not null");
            ddl.execute("drop table assignment_candidate");
        }
    }

    private static int add(PreparedStatement write, long decision, List<AssignmentCandidate> candidates)
            throws SQLException {
        write.setString(1, AssignmentCandidate.toJson(candidates));
        write.setLong(2, decision);
        write.addBatch();
        candidates.clear();
        return 1;
    }
}
