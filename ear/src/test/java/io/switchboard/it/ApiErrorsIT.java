package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.asAdmin;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem naming the field, never a 500 or a stack trace, and stores nothing. */
class ApiErrorsIT {

    private static final String JSON = "application/json";

    private static TestServer.Reply postKey(String body) {
        return request("POST", API + "/api-keys", asAdmin(), JSON, body);
    }

    private static void assertProblem(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.switchboard");
    }

    private static List<String> fields(TestServer.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }

    private static boolean keyExists(String name) {
        return get(API + "/api-keys", asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(key -> key.getString("name").equals(name));
    }

    @Test
    void malformedJsonIsA400NamingTheBody() {
        TestServer.Reply reply = postKey("""
                {"name": "broken",""");
        assertProblem(reply, 400);
        assertThat(fields(reply)).containsExactly("body");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        TestServer.Reply reply = postKey("""
                {"name": "typed", "roles": 5}""");
        assertProblem(reply, 400);
        assertThat(fields(reply)).containsExactly("roles");
    }

    @Test
    void validationFailuresNameEveryField() {
        String name = unique("bad");
        TestServer.Reply reply = postKey("""
                {"name": "", "roles": ["AGENT", "SUPERVISOR"]}""");
        assertProblem(reply, 400);
        assertThat(fields(reply)).containsExactly("name", "roles[1]");
        assertThat(reply.json().getJsonArray("errors").getJsonObject(1).getString("reason"))
                .contains("AGENT, MANAGER");

        assertProblem(postKey("""
                {"name": "%s", "roles": []}""".formatted(name)), 400);
        assertThat(keyExists(name)).isFalse();
    }

    @Test
    void aBusinessRuleNamesItsField() {
        String name = unique("both");
        TestServer.Reply reply = postKey("""
                {"name": "%s", "roles": ["AGENT", "MANAGER"]}""".formatted(name));
        assertProblem(reply, 400);
        assertThat(fields(reply)).containsExactly("roles");
        assertThat(keyExists(name)).isFalse();
    }

    @Test
    void aMissingBodyIsA400() {
        assertProblem(request("POST", API + "/api-keys", asAdmin(), JSON, ""), 400);
    }

    @Test
    void anUnknownIdIsA404() {
        assertProblem(get(API + "/api-keys/987654321", asAdmin()), 404);
        assertProblem(request("DELETE", API + "/api-keys/987654321", asAdmin(), null, null), 404);
    }

    @Test
    void aNonNumericIdIsA404NotA500() {
        assertProblem(get(API + "/api-keys/abc", asAdmin()), 404);
    }

    @Test
    void aDuplicateIsA409AndTheFirstIsKept() {
        String name = unique("dup");
        assertThat(postKey("""
                {"name": "%s", "roles": ["AGENT"]}""".formatted(name)).status()).isEqualTo(201);
        TestServer.Reply second = postKey("""
                {"name": "%s", "roles": ["MANAGER"]}""".formatted(name));
        assertProblem(second, 409);
        assertThat(get(API + "/api-keys", asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(key -> key.getString("name").equals(name))
                        .map(key -> key.getJsonArray("roles").getString(0)))
                .containsExactly("AGENT");
    }

    @Test
    void concurrentDuplicatesGiveOneKeyAndConflictsNeverA500() throws Exception {
        String supervisor = TestServer.bearer(TestServer.createApiKey(unique("race-admin"), "ACCOUNT_MANAGER"));
        String name = unique("race");
        int attempts = 12;
        var pool = Executors.newFixedThreadPool(attempts);
        var start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return request("POST", API + "/api-keys", supervisor, JSON, """
                            {"name": "%s", "roles": ["AGENT"]}""".formatted(name))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (var status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered).containsOnly(201, 409);
            assertThat(answered).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(get(API + "/api-keys", asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(key -> key.getString("name").equals(name)))
                .hasSize(1);
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreProblems() {
        assertProblem(get(API + "/no-such-thing", asAdmin()), 404);
        assertProblem(request("PUT", API + "/me", asAdmin(), JSON, "{}"), 405);
        assertProblem(request("POST", API + "/api-keys", asAdmin(), "text/plain", "name=x"), 415);
    }
}
