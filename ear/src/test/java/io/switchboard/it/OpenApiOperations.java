package io.switchboard.it;

import static io.switchboard.it.TestServer.SERVER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operations the deployed server documents at {@code /openapi}: method, path, path parameters and the JSON schema
 * of the request body (references resolved). Reusable by any test that walks the whole API (bad input, roles).
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One documented operation; {@code bodySchema} is null when it takes no JSON body. */
    public record Operation(String method, String path, List<String> pathParameters, JsonObject bodySchema) {

        /** The path under {@link TestServer#API} with each path parameter replaced by {@code value}. */
        public String url(String value) {
            String url = path;
            for (String name : pathParameters) {
                url = url.replace("{" + name + "}", value);
            }
            return TestServer.APP + url;
        }

        public boolean isWrite() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonObject document;

    private OpenApiOperations(JsonObject document) {
        this.document = document;
    }

    /** Reads the document from the running server. */
    public static OpenApiOperations fromServer() {
        TestServer.Reply reply = TestServer.requestWithHeader(
                "GET", SERVER + "/openapi", null, null, null, "Accept", "application/json");
        if (reply.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + reply);
        }
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return new OpenApiOperations(reader.readObject());
        }
    }

    /** Every operation, in path then method order. */
    public List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                operations.add(new Operation(
                        method.toUpperCase(Locale.ROOT), path, pathParameters(path), jsonBodySchema(operation)));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** The POST, PUT, PATCH and DELETE operations. */
    public List<Operation> writes() {
        return all().stream().filter(Operation::isWrite).toList();
    }

    /** A schema with its {@code $ref} (and a single {@code allOf}) followed to the component it names. */
    public JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current.containsKey("$ref")) {
                String ref = current.getString("$ref");
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                current = document.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject(name);
            } else if (current.containsKey("allOf")
                    && current.getJsonArray("allOf").size() == 1
                    && !current.containsKey("properties")) {
                current = current.getJsonArray("allOf").getJsonObject(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        int at = 0;
        while ((at = path.indexOf('{', at)) >= 0) {
            int end = path.indexOf('}', at);
            names.add(path.substring(at + 1, end));
            at = end;
        }
        return names;
    }

    private JsonObject jsonBodySchema(JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null) {
            return null;
        }
        for (String mediaType : content.keySet()) {
            if (mediaType.contains("json")) {
                JsonObject schema = content.getJsonObject(mediaType).getJsonObject("schema");
                return schema == null ? Json.createObjectBuilder().build() : schema;
            }
        }
        return null;
    }
}
