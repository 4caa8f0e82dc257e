package io.switchboard.workflows.logic;

import io.switchboard.workflows.WorkflowAction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTTP requests a workflow's Call API and Slack actions send, built from the action as written and the run's
 * placeholder values. A value is escaped for where it stands: JSON-escaped in a JSON body, XML-escaped in an XML
 * body, URL-encoded in the URL and in a URL-encoded body, one line in a header. A form-data body is written as one
 * {@code name=value} per line and sent as multipart parts.
 */
public final class ApiCalls {

    /** The longest Slack text after its placeholders are filled (a longer one is not sent). */
    public static final int MAX_SLACK_TEXT = 4000;

    /** A form-data part's name as written: a token, so it cannot break the part's header. */
    static final Pattern PART_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** One request ready for the outbox. */
    public record Call(String method, String url, String contentType, Map<String, String> headers, String body) {}

    private ApiCalls() {}

    /** The Call API action's request; {@code boundary} separates form-data parts (unused otherwise). */
    public static Call call(WorkflowAction action, Map<String, String> values, String boundary) {
        String url = Placeholders.render(action.url(), values, ApiCalls::urlEncoded);
        Map<String, String> headers = new LinkedHashMap<>();
        action.headers()
                .forEach((name, value) -> headers.put(name, Placeholders.render(value, values, ApiCalls::oneLine)));
        String type = action.contentType();
        String mediaType = type == null ? null : WorkflowRules.CONTENT_TYPES.get(type);
        String body = null;
        if (action.text() != null) {
            body = switch (type) {
                case "JSON" -> Placeholders.render(action.text(), values, ApiCalls::jsonEscaped);
                case "XML" -> Placeholders.render(action.text(), values, ApiCalls::xmlEscaped);
                case "URL_ENCODED" -> Placeholders.render(action.text(), values, ApiCalls::formEncoded);
                case "FORM_DATA" -> {
                    mediaType = mediaType + "; boundary=" + boundary;
                    yield multipart(action.text(), values, boundary);
                }
                default -> Placeholders.render(action.text(), values);
            };
        }
        return new Call(action.method(), url, mediaType, headers, body);
    }

    /** The Slack message's request: {@code {"text": ...}} POSTed as JSON to the action's incoming-webhook URL. */
    public static Call slack(WorkflowAction action, String renderedText) {
        return new Call(
                "POST", action.url(), "application/json", Map.of(), "{\"text\":\"" + jsonEscaped(renderedText) + "\"}");
    }

    /** The lines {@code name=value} of a form-data body as parts; a blank line is skipped. */
    static String multipart(String text, Map<String, String> values, String boundary) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = line.substring(0, equals).trim();
            String value = Placeholders.render(line.substring(equals + 1), values);
            out.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(name)
                    .append("\"\r\n\r\n")
                    .append(value)
                    .append("\r\n");
        }
        return out.append("--").append(boundary).append("--\r\n").toString();
    }

    /** Where a form-data body breaks the {@code name=value} lines rule: the 1-based line, or 0 when it keeps it. */
    public static int badFormDataLine(String text) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int equals = lines[i].indexOf('=');
            if (equals <= 0
                    || !PART_NAME.matcher(lines[i].substring(0, equals).trim()).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The value inside a JSON string: quotes, backslashes and control characters escaped. */
    public static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String xmlEscaped(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** For a URL's path or query: spaces as %20, every reserved character encoded. */
    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String formEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
