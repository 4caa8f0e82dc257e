package io.switchboard.it;

import static io.switchboard.it.TestServer.SERVER;
import static io.switchboard.it.TestServer.get;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The operational endpoints Payara serves for the deployed application. */
class PlatformEndpointsIT {

    @Test
    void readinessIncludesTheDatabase() {
        TestServer.Reply reply = get(SERVER + "/health/ready", null);
        assertThat(reply.status()).isEqualTo(200);
        JsonObject health = reply.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("database");
            assertThat(check.getString("status")).isEqualTo("UP");
            String expected = "postgresql".equals(System.getProperty("switchboard.db")) ? "PostgreSQL" : "H2";
            assertThat(check.getJsonObject("data").getString("product")).startsWith(expected);
        });
    }

    @Test
    void openApiDocumentsTheApi() {
        TestServer.Reply reply = get(SERVER + "/openapi", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body())
                .contains("Switchboard API")
                .contains("/api-keys")
                .contains("bearer");
    }

    @Test
    void metricsAreExposed() {
        TestServer.Reply reply = get(SERVER + "/metrics", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_uptime");
    }
}
