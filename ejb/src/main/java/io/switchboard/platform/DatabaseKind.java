package io.switchboard.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the application runs on, where SQL must differ: PostgreSQL (several instances share it: SKIP LOCKED,
 * FOR NO KEY UPDATE, NOTIFY) or the embedded H2 of a single instance. Callers keep the answer; it never changes.
 */
public final class DatabaseKind {

    private DatabaseKind() {}

    /** Whether the data source is PostgreSQL; false when it cannot be reached (H2's behaviour is the safe default). */
    public static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
