package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.assertField;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Users and their roles over HTTP: supervisors manage them; everyone changes their own password. */
class UsersIT {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "a long enough password";

    private static String supervisor;

    @BeforeAll
    static void keys() {
        supervisor = bearer(createApiKey(unique("users-admin"), "ACCOUNT_MANAGER"));
    }

    static JsonObject ok(TestServer.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.json();
    }

    /** Creates a user with {@link #PASSWORD} and the given roles (JSON strings, e.g. {@code "AGENT"}). */
    static JsonObject createUser(String authorization, String username, String roles) {
        return ok(
                request("POST", API + "/users", authorization, JSON, """
                {"username": "%s", "name": "%s", "password": "%s", "roles": [%s]}""".formatted(
                                username, "Name of " + username, PASSWORD, roles)),
                201);
    }

    /** A null value is left out of the JSON. */
    static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static List<JsonObject> allUsers(String authorization) {
        List<JsonObject> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonObject found =
                    get(API + "/users?size=100&page=" + page, authorization).json();
            all.addAll(found.getJsonArray("items").getValuesAs(JsonObject.class));
            if (all.size() >= found.getInt("total")
                    || found.getJsonArray("items").isEmpty()) {
                return all;
            }
        }
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    @DisplayName("\"these roles can be combined\": a user with the Agent or Manager role is an agent")
    void createsUsersWithCombinedRoles() {
        String username = unique("ursula");
        TestServer.Reply created = request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "Ursula", "password": "%s", "roles": ["AGENT", "ANALYTICS_MANAGER"]}""".formatted(username, PASSWORD));
        JsonObject user = ok(created, 201);
        assertThat(created.location()).endsWith("/users/" + id(user));
        assertThat(user.getString("username")).isEqualTo(username);
        assertThat(user.getString("name")).isEqualTo("Ursula");
        assertThat(roles(user)).containsExactly("AGENT", "ANALYTICS_MANAGER");
        assertThat(user.getBoolean("enabled")).isTrue();
        assertThat(user.containsKey("password")).isFalse();
        long agentId = user.getJsonNumber("agentId").longValue();
        JsonObject agent = get(API + "/agents/" + agentId, supervisor).json();
        assertThat(agent.getString("name")).isEqualTo("Ursula");
        assertThat(agent.getString("username")).isEqualTo(username);
        assertThat(agent.getBoolean("enabled")).isTrue();

        // The password is theirs at once: they call the API with Basic.
        JsonObject me = get(API + "/me", basic(username, PASSWORD)).json();
        assertThat(me.getString("name")).isEqualTo(username);

        JsonObject analyst = createUser(supervisor, unique("anna"), "\"ANALYTICS_MANAGER\"");
        assertThat(absent(analyst, "agentId")).isTrue();
        JsonObject manager = createUser(supervisor, unique("manfred"), "\"MANAGER\", \"ACCOUNT_MANAGER\"");
        assertThat(absent(manager, "agentId"))
                .as("a Manager has every Agent permission")
                .isFalse();
        assertThat(get(API + "/users/" + id(manager), supervisor).json()).isEqualTo(manager);
    }

    @Test
    @DisplayName("\"A user cannot have both Agent and Manager roles\"; refusals name the field and store nothing")
    void refusesInvalidUsers() {
        String username = unique("refused");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "X", "password": "%s", "roles": ["AGENT", "MANAGER"]}""".formatted(username, PASSWORD)), "roles");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "X", "password": "%s", "roles": []}""".formatted(username, PASSWORD)), "roles");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "X", "password": "%s", "roles": ["SUPERHERO"]}""".formatted(username, PASSWORD)), "roles[0]");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "X", "password": "short", "roles": ["AGENT"]}""".formatted(username)), "password");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "X", "roles": ["AGENT"]}""".formatted(username)), "password");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"name": "X", "password": "%s", "roles": ["AGENT"]}""".formatted(PASSWORD)), "username");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "has:colon", "name": "X", "password": "%s", "roles": ["AGENT"]}""".formatted(PASSWORD)), "username");
        assertField(request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": " ", "password": "%s", "roles": ["AGENT"]}""".formatted(username, PASSWORD)), "name");
        assertThat(get(API + "/users?q=" + username, supervisor).json().getInt("total"))
                .isZero();

        createUser(supervisor, username, "\"AGENT\"");
        TestServer.Reply duplicate =
                request("POST", API + "/users", supervisor, JSON, """
                {"username": "%s", "name": "Again", "password": "%s", "roles": ["ANALYTICS_MANAGER"]}""".formatted(username, PASSWORD));
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        TestServer.Reply duplicateAgent =
                request("POST", API + "/agents", supervisor, JSON, """
                {"kind": "HUMAN", "username": "%s", "name": "Again", "password": "%s"}""".formatted(username, PASSWORD));
        assertThat(duplicateAgent.status()).as("POST /agents goes the same way").isEqualTo(409);
        assertThat(get(API + "/users?q=" + username, supervisor).json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("Only supervisors manage users")
    void onlySupervisorsManageUsers() {
        String agent = unique("agnes");
        createUser(supervisor, agent, "\"AGENT\"");
        String manager = unique("magda");
        long managerId = id(createUser(supervisor, manager, "\"MANAGER\", \"ANALYTICS_MANAGER\""));
        for (String caller : List.of(basic(agent, PASSWORD), basic(manager, PASSWORD))) {
            assertThat(get(API + "/users", caller).status()).isEqualTo(403);
            assertThat(get(API + "/users/" + managerId, caller).status()).isEqualTo(403);
            assertThat(request("POST", API + "/users", caller, JSON, """
                    {"username": "%s", "name": "X", "password": "%s", "roles": ["ACCOUNT_MANAGER"]}""".formatted(unique("sneaky"), PASSWORD))
                            .status())
                    .isEqualTo(403);
            assertThat(request("PUT", API + "/users/" + managerId, caller, JSON, """
                    {"name": "X", "roles": ["ACCOUNT_MANAGER"]}""")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(get(API + "/users", null).status()).isEqualTo(401);
    }

    @Test
    void searchesSortsAndPagesUsers() {
        String tag = unique("pager").replace("-", "");
        for (String name : List.of("b", "a", "c")) {
            createUser(supervisor, tag + "-" + name, "\"ANALYTICS_MANAGER\"");
        }
        JsonObject first = get(API + "/users?q=" + tag.toUpperCase() + "&size=2", supervisor)
                .json();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(first.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("username"))
                .containsExactly(tag + "-a", tag + "-b");
        JsonObject second =
                get(API + "/users?q=" + tag + "&size=2&page=1", supervisor).json();
        assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("username"))
                .containsExactly(tag + "-c");
        JsonObject descending =
                get(API + "/users?q=" + tag + "&sort=-username", supervisor).json();
        assertThat(descending.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("username"))
                .containsExactly(tag + "-c", tag + "-b", tag + "-a");
        JsonObject byName =
                get(API + "/users?q=name+of+" + tag + "-b", supervisor).json();
        assertThat(byName.getInt("total")).as("search covers names").isEqualTo(1);
        assertField(get(API + "/users?sort=password", supervisor), "sort");
        assertField(get(API + "/users?size=0", supervisor), "size");
    }

    @Test
    void changesNameRolesAndStatus() {
        String username = unique("rolf");
        JsonObject user = createUser(supervisor, username, "\"ANALYTICS_MANAGER\"");
        assertThat(absent(user, "agentId")).isTrue();

        JsonObject manager = ok(request("PUT", API + "/users/" + id(user), supervisor, JSON, """
                {"name": "Rolf Manager", "roles": ["MANAGER"]}"""), 200);
        assertThat(roles(manager)).containsExactly("MANAGER");
        assertThat(manager.getBoolean("enabled"))
                .as("enabled stays when left out")
                .isTrue();
        long agentId = manager.getJsonNumber("agentId").longValue();
        assertThat(get(API + "/agents/" + agentId, supervisor).json().getString("name"))
                .isEqualTo("Rolf Manager");
        assertThat(get(API + "/me", basic(username, PASSWORD))
                        .json()
                        .getJsonArray("roles")
                        .getString(0))
                .as("the new roles count at the next request")
                .isEqualTo("MANAGER");

        JsonObject analyst = ok(request("PUT", API + "/users/" + id(user), supervisor, JSON, """
                {"name": "Rolf", "roles": ["ANALYTICS_MANAGER"]}"""), 200);
        assertThat(analyst.getJsonNumber("agentId").longValue())
                .as("the record keeps history")
                .isEqualTo(agentId);
        assertThat(get(API + "/agents/" + agentId, supervisor).json().getBoolean("enabled"))
                .as("no longer an agent: the record is disabled")
                .isFalse();

        assertField(request("PUT", API + "/users/" + id(user), supervisor, JSON, """
                {"name": "Rolf", "roles": ["AGENT", "MANAGER"]}"""), "roles");
        assertField(request("PUT", API + "/users/" + id(user), supervisor, JSON, """
                {"username": "renamed", "name": "Rolf", "roles": ["AGENT"]}"""), "username");
        assertField(request("PUT", API + "/users/" + id(user), supervisor, JSON, """
                {"name": "Rolf", "roles": ["AGENT"], "password": "%s"}""".formatted(PASSWORD)), "password");
        assertThat(request("PUT", API + "/users/999999999", supervisor, JSON, """
                {"name": "Nobody", "roles": ["AGENT"]}""")
                        .status())
                .isEqualTo(404);
        assertThat(get(API + "/users/" + id(user), supervisor).json().getString("name"))
                .isEqualTo("Rolf");
    }

    @Test
    @DisplayName("Supervisors set anyone's password; users change their own with the current one")
    void setsPasswords() {
        String username = unique("pia");
        long user = id(createUser(supervisor, username, "\"AGENT\""));
        String other = unique("otto");
        long otherId = id(createUser(supervisor, other, "\"AGENT\""));
        assertThat(get(API + "/me", basic(username, PASSWORD)).status()).isEqualTo(200);

        String reset = "a new password from the supervisor";
        assertThat(request("PUT", API + "/users/" + user + "/password", supervisor, JSON, """
                {"password": "%s"}""".formatted(reset))
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/me", basic(username, PASSWORD)).status())
                .as("the old password stops at once, although it was verified moments ago")
                .isEqualTo(401);
        String me = basic(username, reset);
        assertThat(get(API + "/me", me).status()).isEqualTo(200);

        assertField(request("PUT", API + "/users/" + user + "/password", me, JSON, """
                {"password": "my very own password"}"""), "currentPassword");
        assertField(request("PUT", API + "/users/" + user + "/password", me, JSON, """
                {"password": "my very own password", "currentPassword": "not the one at all"}"""), "currentPassword");
        assertField(request("PUT", API + "/users/" + user + "/password", me, JSON, """
                {"password": "short", "currentPassword": "%s"}""".formatted(reset)), "password");
        assertThat(request("PUT", API + "/users/" + otherId + "/password", me, JSON, """
                {"password": "taking over otto", "currentPassword": "%s"}""".formatted(reset))
                        .status())
                .as("another user's password")
                .isEqualTo(403);
        assertThat(get(API + "/me", basic(other, PASSWORD)).status()).isEqualTo(200);

        assertThat(request("PUT", API + "/users/" + user + "/password", me, JSON, """
                {"password": "my very own password", "currentPassword": "%s"}""".formatted(reset))
                        .status())
                .isEqualTo(204);
        assertThat(get(API + "/me", basic(username, "my very own password")).status())
                .isEqualTo(200);
        assertThat(get(API + "/me", me).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("A user cannot remove their own supervisor role or disable themselves as the last enabled supervisor")
    void keepsAnEnabledSupervisor() {
        String username = unique("sofia");
        long sofia = id(createUser(supervisor, username, "\"ACCOUNT_MANAGER\""));
        String asSofia = basic(username, PASSWORD);
        // Every other enabled supervisor is disabled for the test (admin included), and enabled again after it.
        List<JsonObject> others = allUsers(asSofia).stream()
                .filter(u -> u.getBoolean("enabled") && roles(u).contains("ACCOUNT_MANAGER"))
                .filter(u -> id(u) != sofia)
                .toList();
        try {
            for (JsonObject other : others) {
                ok(
                        request("PUT", API + "/users/" + id(other), asSofia, JSON, """
                        {"name": "%s", "roles": %s, "enabled": false}""".formatted(
                                        other.getString("name", "x"), other.getJsonArray("roles"))),
                        200);
            }
            TestServer.Reply disableSelf = request("PUT", API + "/users/" + sofia, asSofia, JSON, """
                    {"name": "Sofia", "roles": ["ACCOUNT_MANAGER"], "enabled": false}""");
            assertThat(disableSelf.status()).as(disableSelf.body()).isEqualTo(409);
            assertThat(disableSelf.contentType()).startsWith("application/problem+json");
            assertThat(request("PUT", API + "/users/" + sofia, asSofia, JSON, """
                    {"name": "Sofia", "roles": ["AGENT"]}""")
                            .status())
                    .isEqualTo(409);
            assertThat(get(API + "/me", asSofia).status()).isEqualTo(200);
        } finally {
            for (JsonObject other : others) {
                request("PUT", API + "/users/" + id(other), asSofia, JSON, """
                        {"name": "%s", "roles": %s, "enabled": true}""".formatted(
                                other.getString("name", "x"), other.getJsonArray("roles")));
            }
        }
        assertThat(get(API + "/me", TestServer.asAdmin()).status()).isEqualTo(200);
        // With another supervisor enabled, the role may go.
        JsonObject demoted = ok(request("PUT", API + "/users/" + sofia, asSofia, JSON, """
                {"name": "Sofia", "roles": ["AGENT"]}"""), 200);
        assertThat(roles(demoted)).containsExactly("AGENT");
        assertThat(get(API + "/users", asSofia).status())
                .as("and with it the right to manage users")
                .isEqualTo(403);
    }

    @Test
    @DisplayName("Usernames are shown to supervisors only")
    void showsUsernamesToSupervisorsOnly() {
        String username = unique("vera");
        long agentId = createUser(supervisor, username, "\"AGENT\"")
                .getJsonNumber("agentId")
                .longValue();
        String agentKey = bearer(createApiKey(unique("users-agent"), "AGENT"));
        String analyst = bearer(createApiKey(unique("users-analyst"), "ANALYTICS_MANAGER"));
        for (String caller : List.of(agentKey, analyst, basic(username, PASSWORD))) {
            List<JsonObject> agents = get(API + "/agents", caller).jsonArray().getValuesAs(JsonObject.class);
            assertThat(agents)
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(absent(a, "username")).isTrue());
            assertThat(agents).anySatisfy(a -> assertThat(a.getString("name")).isEqualTo("Name of " + username));
            assertThat(absent(get(API + "/agents/" + agentId, caller).json(), "username"))
                    .isTrue();
        }
        assertThat(get(API + "/agents/" + agentId, supervisor).json().getString("username"))
                .isEqualTo(username);
    }
}
