package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.asAdmin;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.get;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/** Who may call the API: users with Basic credentials, enterprise systems with API keys, each with its roles. */
class SecurityIT {

    private static void assertUnauthorized(TestServer.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.wwwAuthenticate()).contains("Bearer").contains("Basic");
    }

    @Test
    void anonymousCallersAreChallenged() {
        assertUnauthorized(get(API + "/me", null));
        assertUnauthorized(get(API + "/api-keys", null));
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreRefused() {
        assertUnauthorized(get(API + "/me", basic("admin", "not-the-password")));
        assertUnauthorized(get(API + "/me", basic("nobody", "whatever")));
        assertUnauthorized(get(API + "/me", "Digest username=admin"));
    }

    @Test
    void theBootstrappedAdminIsASupervisorAndManager() {
        TestServer.Reply reply = get(API + "/me", asAdmin());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("name")).isEqualTo("admin");
        assertThat(reply.json().getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactlyInAnyOrder("ACCOUNT_MANAGER", "MANAGER");
    }

    @Test
    void anApiKeyActsWithItsRolesOnly() {
        String name = unique("gateway");
        String token = createApiKey(name, "AGENT");

        TestServer.Reply me = get(API + "/me", bearer(token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("name")).isEqualTo("apikey:" + name);
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("AGENT");

        TestServer.Reply forbidden = get(API + "/api-keys", bearer(token));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSupervisorKeyManagesKeys() {
        String token = createApiKey(unique("provisioning"), "ACCOUNT_MANAGER");
        assertThat(get(API + "/api-keys", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void theTokenIsShownOnceAndNeverListed() {
        String name = unique("crm");
        String token = createApiKey(name, "MANAGER");
        assertThat(token).startsWith("sbk_").hasSize(47);

        TestServer.Reply list = get(API + "/api-keys", asAdmin());
        assertThat(list.body()).doesNotContain(token);
        JsonObject key = list.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(token).startsWith(key.getString("tokenPrefix"));
        assertThat(get(API + "/api-keys/" + key.getInt("id"), asAdmin()).body()).doesNotContain(token);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String name = unique("bot");
        String token = createApiKey(name, "AGENT");
        assertThat(get(API + "/me", bearer(token)).status()).isEqualTo(200);

        int id = get(API + "/api-keys", asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        assertThat(request("DELETE", API + "/api-keys/" + id, asAdmin(), null, null)
                        .status())
                .isEqualTo(204);

        assertUnauthorized(get(API + "/me", bearer(token)));
        JsonObject revoked = get(API + "/api-keys/" + id, asAdmin()).json();
        assertThat(revoked.getBoolean("active")).isFalse();
        assertThat(revoked.getString("revokedAt")).isNotBlank();
    }

    @Test
    void madeUpTokensAreRefused() {
        assertUnauthorized(get(API + "/me", bearer("sbk_" + "A".repeat(43))));
        assertUnauthorized(get(API + "/me", bearer("not-a-token")));
    }

    @Test
    void keyUseIsRecorded() {
        String name = unique("used");
        String token = createApiKey(name, "AGENT");
        get(API + "/me", bearer(token));
        JsonObject key = get(API + "/api-keys", asAdmin()).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(key.getString("lastUsedAt")).isNotBlank();
    }
}
