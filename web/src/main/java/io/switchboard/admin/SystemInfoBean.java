package io.switchboard.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** The home page's facts: the version running, the database in use and the health checks of this application. */
@Named
@RequestScoped
public class SystemInfoBean {

    /** One health check's outcome as the home page lists it (a class: Jakarta EL 5 cannot read records). */
    public static final class Check {
        private final String name;
        private final boolean up;

        Check(String name, boolean up) {
            this.name = name;
            this.up = up;
        }

        public String getName() {
            return name;
        }

        public boolean isUp() {
            return up;
        }
    }

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Inject
    @Any
    Instance<HealthCheck> healthChecks;

    private String version;
    private String database;
    private String databaseUrl;
    private List<Check> checks;

    @PostConstruct
    void load() {
        version = readVersion();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            database = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            databaseUrl = metaData.getURL();
        } catch (SQLException e) {
            database = "unreachable: " + e.getMessage();
        }
        checks = new ArrayList<>();
        healthChecks.select(Readiness.Literal.INSTANCE).forEach(check -> checks.add(run(check)));
        healthChecks.select(Liveness.Literal.INSTANCE).forEach(check -> checks.add(run(check)));
    }

    private static Check run(HealthCheck check) {
        try {
            HealthCheckResponse response = check.call();
            return new Check(response.getName(), response.getStatus() == HealthCheckResponse.Status.UP);
        } catch (RuntimeException e) {
            return new Check(check.getClass().getSimpleName(), false);
        }
    }

    private static String readVersion() {
        try (InputStream in = SystemInfoBean.class.getResourceAsStream("/switchboard.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isHealthy() {
        return checks.stream().allMatch(Check::isUp);
    }

    public String getVersion() {
        return version;
    }

    public String getDatabase() {
        return database;
    }

    public String getDatabaseUrl() {
        return databaseUrl;
    }

    public List<Check> getChecks() {
        return checks;
    }
}
