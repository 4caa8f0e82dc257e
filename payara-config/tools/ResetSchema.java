import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Drops and recreates a PostgreSQL schema: the integration tests start from an empty one. */
public class ResetSchema {
    public static void main(String[] args) throws Exception {
        String schema = args[3];
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
    }
}
