package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.asAdmin;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API reads what it is sent exactly: no JSON type is coerced, no property ignored, a null body is refused, and a
 * refused write stores nothing (issue 12, the cases the bad-input run found).
 */
class InputTrustIT {

    private static final String JSON = "application/json";

    private static TestServer.Reply send(String method, String path, String body) {
        return request(method, API + path, asAdmin(), JSON, body);
    }

    private static boolean queueNamed(String name) {
        return get(API + "/queues", asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(queue -> queue.getString("name").equals(name));
    }

    @ParameterizedTest(name = "{0} {1} with a null body names the body")
    @CsvSource({
        "POST, /queues",
        "PUT, /queues/1",
        "POST, /tags",
        "POST, /agents",
        "PUT, /settings",
        "PUT, /agents/1/capacity",
        "PUT, /conversations/1/metadata"
    })
    void aNullBodyIsA400NamingTheBody(String method, String path) {
        assertField(send(method, path, "null"), "body");
    }

    @Test
    void aNullInAListNamesItsElement() {
        assertField(send("POST", "/agents", """
                {"name": "%s", "kind": "BOT", "queueIds": [null]}""".formatted(unique("bot"))), "queueIds[0]");
    }

    @Test
    void deeplyNestedMetadataIsA400() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertField(send("PUT", "/conversations/1/metadata", "{\"a\": " + deep + "}"), "body");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/settings         | {\"shortIdEnabled\": \"yes\"}       | shortIdEnabled",
                "/settings         | {\"shortIdEnabled\": \"notabool\"}  | shortIdEnabled",
                "/settings         | {\"shortIdEnabled\": 1}             | shortIdEnabled",
                "/settings         | {\"shortIdEnabled\": [true]}        | shortIdEnabled",
                "/agents/1/call-state | {\"wrapUpSeconds\": 4294967396} | wrapUpSeconds",
                "/agents/1/call-state | {\"wrapUpSeconds\": 100.5}      | wrapUpSeconds",
                "/agents/1/call-state | {\"wrapUpSeconds\": \"100\"}    | wrapUpSeconds",
                "/queues/1         | {\"name\": 42}                      | name",
                "/queues/1         | {\"name\": \"x\", \"senderIds\": [157.7]} | senderIds[0]",
                "/queues/1         | {\"nmae\": \"Sales\"}               | nmae",
            })
    void wrongTypesAndUnknownPropertiesAreRefusedNotCoerced(String path, String body, String field) {
        assertField(send("PUT", path, body), field);
    }

    @Test
    void nulAndControlCharactersAreRefusedInNames() {
        String name = unique("nul");
        assertField(send("POST", "/tags", "{\"name\": \"" + name + "\\u0000x\"}"), "name");
        assertField(send("POST", "/tags", "{\"name\": \"" + name + "\\u001bx\"}"), "name");
        assertThat(get(API + "/tags", asAdmin()).body()).doesNotContain(name);
    }

    @ParameterizedTest(name = "a new queue with {0} is refused and not stored")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"senderIds\": [999999999]",
                "\"senderIds\": [-1]",
                "\"defaultSenderId\": 999999999",
                "\"defaultSenderId\": -1",
                "\"workingHoursPeriodId\": 999999999"
            })
    void aRefusedNewQueueIsNotStored(String setting) {
        String name = unique("refused");
        TestServer.Reply reply = send("POST", "/queues", "{\"name\": \"%s\", %s}".formatted(name, setting));
        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(queueNamed(name)).isFalse();
    }

    @ParameterizedTest(name = "a queue change with {0} changes nothing")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"senderIds\": [999999999]",
                "\"senderIds\": [-1]",
                "\"defaultSenderId\": 999999999",
                "\"workingHoursPeriodId\": 999999999"
            })
    void aRefusedQueueChangeKeepsTheOldName(String setting) {
        String name = unique("kept");
        TestServer.Reply created = send("POST", "/queues", "{\"name\": \"%s\"}".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        String renamed = unique("renamed");
        TestServer.Reply reply = send("PUT", "/queues/" + id, "{\"name\": \"%s\", %s}".formatted(renamed, setting));
        assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
        assertThat(queueNamed(name)).isTrue();
        assertThat(queueNamed(renamed)).isFalse();
    }

    @Test
    void anExportOfAnUnknownQueueIsRefusedAndNotStarted() {
        TestServer.Reply unknown =
                request("POST", API + "/sla-breaches/exports?queue=999999999", asAdmin(), null, null);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.location()).isNull();
        assertField(request("POST", API + "/sla-breaches/exports?queue=-5", asAdmin(), null, null), "queue");
        assertField(request("POST", API + "/sla-breaches/exports?agent=-5", asAdmin(), null, null), "agent");
    }
}
