package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.asAdmin;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every operation of the OpenAPI document, called without credentials and with an API key of each
 * role alone, against the rules of {@link #RULES}. The guide: "Conversations Agent - Users assigned to this role can
 * handle conversations"; "Conversations Manager - This user can manage conversations regardless to whom they are
 * assigned"; "Conversations Analytics Manager - Can check analytics and reports"; "Conversations Account Manager -
 * Users who can manage Conversations setup". Channel gateways have their own role, and an API key bound to an agent
 * (BOUND) has exactly an agent's permissions; what x-agent-id may name is {@link GatewayRoleIT}'s, an agent's own
 * presence {@link PersonalPresenceIT}'s, and which conversations an agent reaches {@link ReachIT}'s.
 *
 * <p>An operation is called on ids that do not exist and with an empty JSON object as its body, so a permitted call
 * answers 400, 404 or 409 and changes nothing, while a refused one answers 401 (no credentials) or 403 (wrong role).
 * An operation the table does not name fails the test: a new endpoint must say who may call it.
 */
class RoleMatrixIT {

    /** The roles as the API names them, with the short names the table uses. */
    enum Caller {
        SUP("ACCOUNT_MANAGER"),
        MGR("MANAGER"),
        AGT("AGENT"),
        ANA("ANALYTICS_MANAGER"),
        GW("GATEWAY"),
        /** An Agent's key bound to a bot (the guide's x-agent-id): an agent's permissions, for that agent only. */
        BOUND("AGENT");

        final String role;

        Caller(String role) {
            this.role = role;
        }
    }

    /**
     * Method, path (regular expression over the documented path, below /api/v1) and the roles that may call it.
     * The first rule that matches decides; ANY stands for every method.
     */
    private static final String RULES = """
            # Conversations: agents (within their reach), managers and supervisors; analytics reads SLA clocks.
            GET    /conversations/\\{id}/sla          AGT MGR SUP ANA
            POST   /conversations/\\{id}/merge        AGT MGR SUP
            POST   /conversations                      AGT MGR SUP
            # A conversation's sentiment: whoever handles the conversation (within their reach).
            GET    /conversations/\\{id}/sentiment    AGT MGR SUP
            ANY    /conversations(/.*)?                AGT MGR SUP
            # Customers' messages arrive from channel gateways (and a supervisor trying their setup).
            POST   /messages                           GW SUP
            # Deliveries: gateways read them; managers watch them; supervisors retry.
            POST   /outbox/\\{id}/retry                SUP
            GET    /outbox(/.*)?                       GW MGR SUP
            # Presence: everyone but gateways may call; an agent changes only their own (see PersonalPresenceIT).
            PUT    /agents/\\{id}/(status|call-state)  MGR SUP
            POST   /agents/\\{id}/heartbeat            MGR SUP
            GET    /agents(/.*)?                       AGT MGR SUP ANA
            ANY    /agents(/.*)?                       SUP
            # Customers and companies: agents keep customers' details; managers delete.
            POST   /people(/\\{id}/contacts)?          AGT MGR SUP
            PUT    /people/\\{id}                      AGT MGR SUP
            DELETE /people/\\{id}                      MGR SUP
            GET    /(people|companies)(/.*)?           AGT MGR SUP ANA
            ANY    /companies(/\\{id})?                MGR SUP
            # Reports: managers, analytics managers and supervisors.
            ANY    /sla-breaches(/.*)?                 MGR SUP ANA
            # The live supervisor dashboard: "Conversations Analytics Manager - Can check analytics and reports".
            GET    /dashboard                          MGR SUP ANA
            # The reports (Voice of the customer, Conversations): the same readers as the dashboard.
            GET    /reports(/.*)?                      MGR SUP ANA
            # A user changes their own password (with the current one); supervisors anyone's.
            PUT    /users/\\{id}/password              SUP
            ANY    /users(/.*)?                        SUP
            ANY    /api-keys(/.*)?                     SUP
            # Voice gateways play the prompts of voice waiting strategies.
            GET    /waiting-strategies/voice/\\{id}/(prompts|audio/\\{message})  AGT GW MGR SUP
            GET    /waiting-strategies/voice(/\\{id})? MGR SUP
            # A sender's gateway settings hold its credentials: supervisors only.
            ANY    /senders/\\{id}/gateway             SUP
            # Setup that managers watch.
            GET    /(capacity|waiting-strategies)(/.*)? MGR SUP
            POST   /queues/\\{id}/assignment           MGR SUP
            # External bots: supervisors connect them (Settings › General setup); managers and analytics managers read.
            GET    /bots(/.*)?                         MGR SUP ANA
            ANY    /bots(/.*)?                         SUP
            # Workflows: managers read them; supervisors change them.
            GET    /workflows(/.*)?                    MGR SUP
            # The Agent companion's reply index: managers watch it, supervisors rebuild it (a conversation's summary
            # and suggested replies are conversation rows above).
            GET    /companion/reply-index              MGR SUP
            POST   /companion/reply-index/rebuild      SUP
            # Conversation forms: supervisors define fields and forms, everyone reads them; agents fill a
            # conversation's form within their reach (the conversation rows above).
            GET    /(form-fields|forms)(/.*)?          AGT MGR SUP ANA
            ANY    /(form-fields|forms)(/.*)?          SUP
            # Macros: supervisors write them and their tags; agents (those available to them) and managers read
            # them; applying one to a conversation is a conversation row above.
            GET    /(macros|macro-tags)(/.*)?          AGT MGR SUP
            ANY    /(macros|macro-tags)(/.*)?          SUP
            # Surveys: everyone reads the setting, supervisors change it (a conversation's survey is a conversation
            # row above). The customer's answer needs no sign-in: the survey link's signed token is the credential, so
            # an invalid token answers 401 to everyone, signed in or not (SurveysIT answers with a valid one).
            GET    /surveys                            AGT MGR SUP ANA
            ANY    /surveys                            SUP
            ANY    /survey-answers/.*                  none
            # The rest of the setup: everyone who works in the contact center reads it; only supervisors change it.
            POST   /routing/test                       AGT MGR SUP ANA
            GET    /me                                 AGT MGR SUP ANA GW
            GET    /.*                                 AGT MGR SUP ANA
            ANY    /.*                                 SUP
            """;

    private record Rule(String method, Pattern path, Set<Caller> allowed) {

        boolean covers(String operationMethod, String operationPath) {
            return (method.equals("ANY") || method.equals(operationMethod))
                    && path.matcher(operationPath).matches();
        }
    }

    /**
     * Writes without a path parameter whose permitted call would change shared settings for the tests that follow:
     * only refused callers call them here (their permitted behaviour has its own tests).
     */
    private static final Set<String> NOT_CALLED_BY_PERMITTED =
            Set.of("DELETE /capacity/occupying-statuses", "POST /companion/reply-index/rebuild");

    /** A body no write accepts (an unknown property): a permitted caller gets 400, so nothing is stored. */
    private static final String PROBE_BODY = "{\"matrixProbe\": true}";

    /**
     * Operations on one's own person (presence, password) decide by the caller after reading the body: they get a
     * well-formed body, so that the caller, not the body, decides the answer for an agent that is not the caller.
     */
    private static final Map<String, String> WELL_FORMED_BODIES = Map.of(
            "PUT /agents/{id}/status", "{\"statusId\": 1}",
            "PUT /agents/{id}/call-state", "{}",
            "PUT /users/{id}/password", "{\"password\": \"a password long enough\"}");

    private static final Map<Caller, String> KEYS = new LinkedHashMap<>();

    @BeforeAll
    static void keysForEveryRole() {
        for (Caller caller : Caller.values()) {
            if (caller != Caller.BOUND) {
                KEYS.put(
                        caller,
                        bearer(createApiKey(unique("matrix-" + caller.name().toLowerCase()), caller.role)));
            }
        }
        long bot = ReachIT.created(TestServer.request(
                        "POST", API + "/agents", asAdmin(), "application/json", """
                        {"kind": "BOT", "name": "%s"}""".formatted(unique("Matrix bot"))))
                .getInt("id");
        KEYS.put(Caller.BOUND, bearer(ReachIT.boundKey(unique("matrix-bound"), bot, Caller.BOUND.role)));
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String line : RULES.strip().split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            Set<Caller> allowed = EnumSet.noneOf(Caller.class);
            for (int i = 2; i < parts.length; i++) {
                if (!parts[i].equals("none")) {
                    allowed.add(Caller.valueOf(parts[i]));
                }
            }
            rules.add(new Rule(parts[0], Pattern.compile(parts[1]), allowed));
        }
        return rules;
    }

    @Test
    void everyOperationAnswersEachRoleAsTheRulesSay() {
        List<Rule> rules = rules();
        List<String> unclassified = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (OpenApiOperations.Operation operation :
                OpenApiOperations.fromServer().all()) {
            String path = operation.path().replaceFirst("^/api/v1", "");
            String url = API + path.replaceAll("\\{[^}]+}", "999999999");
            String body = operation.bodySchema() == null
                    ? null
                    : WELL_FORMED_BODIES.getOrDefault(operation.method() + " " + path, PROBE_BODY);
            String type = body == null ? null : "application/json";

            int anonymous = TestServer.request(operation.method(), url, null, type, body)
                    .status();
            if (anonymous != 401) {
                wrong.add(operation + " without credentials answered " + anonymous);
            }
            Rule rule = rules.stream()
                    .filter(r -> r.covers(operation.method(), path))
                    .findFirst()
                    .orElse(null);
            boolean shared = NOT_CALLED_BY_PERMITTED.contains(operation.method() + " " + path);
            Set<Caller> permitted = EnumSet.noneOf(Caller.class);
            Map<Caller, Integer> answers = new LinkedHashMap<>();
            for (Caller caller : Caller.values()) {
                if (shared && rule != null && rule.allowed().contains(caller)) {
                    permitted.add(caller);
                    continue;
                }
                int status = TestServer.request(operation.method(), url, KEYS.get(caller), type, body)
                        .status();
                answers.put(caller, status);
                if (status != 401 && status != 403) {
                    permitted.add(caller);
                }
                if (status >= 500) {
                    wrong.add(operation + " as " + caller + " answered " + status);
                }
            }
            actual.add(String.format(
                    "%-6s %-50s %s",
                    operation.method(),
                    path,
                    permitted.isEmpty()
                            ? "none"
                            : permitted.stream().map(Enum::name).collect(Collectors.joining(" "))));
            if (rule == null) {
                unclassified.add(operation.toString());
                continue;
            }
            Set<Caller> expected = EnumSet.noneOf(Caller.class);
            expected.addAll(rule.allowed());
            if (expected.contains(Caller.AGT)) {
                expected.add(Caller.BOUND);
            }
            if (!expected.equals(permitted)) {
                wrong.add(operation + ": rules allow " + expected + ", server answered " + answers);
            }
        }
        assertThat(unclassified)
                .as("operations the rules do not name; the server answers:\n" + String.join("\n", actual))
                .isEmpty();
        assertThat(wrong)
                .as("the server answers:\n" + String.join("\n", actual))
                .isEmpty();
    }
}
