package io.switchboard.workflows.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.workflows.ActionType;
import io.switchboard.workflows.WorkflowAction;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiCallsTest {

    private static final Map<String, String> VALUES = Map.of(
            "message.content", "He said \"hi\"\\\nbye & <go>",
            "conversation.shortId", "A 1/2",
            "customer.name", "Ana\r\nX-Evil: 1");

    private static WorkflowAction call(
            String method, String url, String type, Map<String, String> headers, String body) {
        return WorkflowAction.of(ActionType.CALL_API).withText(body).withCall(method, url, type, headers);
    }

    @Test
    void aJsonBodyGetsJsonEscapedValuesAndTheTextAroundThemAsWritten() {
        ApiCalls.Call built = ApiCalls.call(
                call("POST", "https://api.example/x", "JSON", Map.of(), "{\"text\": \"{{message.content}}\"}"),
                VALUES,
                "b");
        assertThat(built.body()).isEqualTo("{\"text\": \"He said \\\"hi\\\"\\\\\\nbye & <go>\"}");
        assertThat(built.contentType()).isEqualTo("application/json");
        assertThat(built.method()).isEqualTo("POST");
    }

    @Test
    void controlCharactersBecomeUnicodeEscapesInJson() {
        assertThat(ApiCalls.jsonEscaped("a\u0001b\tc")).isEqualTo("a\\u0001b\\tc");
    }

    @Test
    void xmlAndUrlEncodedBodiesEscapeForTheirFormat() {
        assertThat(ApiCalls.call(
                                call("PUT", "https://api.example/x", "XML", Map.of(), "<t>{{message.content}}</t>"),
                                VALUES,
                                "b")
                        .body())
                .isEqualTo("<t>He said &quot;hi&quot;\\\nbye &amp; &lt;go&gt;</t>");
        assertThat(ApiCalls.call(
                                call(
                                        "PATCH",
                                        "https://api.example/x",
                                        "URL_ENCODED",
                                        Map.of(),
                                        "id={{conversation.shortId}}&x=1"),
                                VALUES,
                                "b")
                        .body())
                .isEqualTo("id=A+1%2F2&x=1");
    }

    @Test
    void theUrlEncodesItsValuesAndHeadersStayOneLine() {
        ApiCalls.Call built = ApiCalls.call(
                call(
                        "GET",
                        "https://api.example/c/{{conversation.shortId}}?n={{customer.name}}",
                        null,
                        Map.of("X-Customer", "{{customer.name}}"),
                        null),
                VALUES,
                "b");
        assertThat(built.url()).isEqualTo("https://api.example/c/A%201%2F2?n=Ana%0D%0AX-Evil%3A%201");
        assertThat(built.headers()).containsEntry("X-Customer", "Ana X-Evil: 1");
        assertThat(built.body()).isNull();
        assertThat(built.contentType()).isNull();
    }

    @Test
    void formDataIsOnePartALine() {
        ApiCalls.Call built = ApiCalls.call(
                call(
                        "POST",
                        "https://api.example/x",
                        "FORM_DATA",
                        Map.of(),
                        "id={{conversation.shortId}}\n\nnote=ok=yes"),
                VALUES,
                "XYZ");
        assertThat(built.contentType()).isEqualTo("multipart/form-data; boundary=XYZ");
        assertThat(built.body())
                .isEqualTo("--XYZ\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nA 1/2\r\n"
                        + "--XYZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nok=yes\r\n--XYZ--\r\n");
        assertThat(ApiCalls.badFormDataLine("a=1\nno equals")).isEqualTo(2);
        assertThat(ApiCalls.badFormDataLine("bad\"name=1")).isEqualTo(1);
        assertThat(ApiCalls.badFormDataLine("a=1\n\nb=")).isZero();
    }

    @Test
    void aSlackMessageIsAJsonTextPostedToTheWebhook() {
        WorkflowAction slack = new WorkflowAction(
                ActionType.SLACK_MESSAGE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "https://hooks.slack.example/T1",
                null,
                null,
                null);
        ApiCalls.Call built = ApiCalls.slack(slack, "New \"case\"\nfrom Ana");
        assertThat(built.method()).isEqualTo("POST");
        assertThat(built.url()).isEqualTo("https://hooks.slack.example/T1");
        assertThat(built.contentType()).isEqualTo("application/json");
        assertThat(built.body()).isEqualTo("{\"text\":\"New \\\"case\\\"\\nfrom Ana\"}");
    }
}
