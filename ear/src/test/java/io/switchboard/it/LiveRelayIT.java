package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live screens across server instances (PostgreSQL only: H2 serves one instance). A change committed on one instance
 * is announced to the others with PostgreSQL's NOTIFY, and each instance tells its own open pages; this test plays
 * "the other instance" over JDBC on both ends: it hears the server's notice of a new conversation, and a notice it
 * sends as another instance reaches a signed-in page's websocket.
 */
class LiveRelayIT {

    private static final String CHANNEL = "switchboard_work/" + System.getProperty("switchboard.db.schema");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static String supervisor;
    private static String sender;

    @BeforeAll
    static void setUp() {
        assumeTrue("postgresql".equals(System.getProperty("switchboard.db")), "relayed notices need PostgreSQL");
        supervisor = bearer(createApiKey(unique("relay-admin"), "ACCOUNT_MANAGER"));
        sender = "+44" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        assertThat(request("POST", API + "/senders", supervisor, "application/json", """
                        {"channel": "SMS", "address": "%s"}""".formatted(sender))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aChangeCommittedHereIsAnnouncedToTheOtherInstances() throws Exception {
        try (Connection other = database()) {
            try (Statement listen = other.createStatement()) {
                listen.execute("listen \"" + CHANNEL + "\"");
            }
            long conversation = customerWrites();

            Pattern expected = Pattern.compile("^\\S+ (.*,)?" + conversation + "(,.*)?$");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean heard = false;
            while (!heard && System.nanoTime() < deadline) {
                PGNotification[] notices = other.unwrap(PGConnection.class).getNotifications(500);
                if (notices != null) {
                    for (PGNotification notice : notices) {
                        heard |= expected.matcher(notice.getParameter()).matches();
                    }
                }
            }
            assertThat(heard).as("a notice naming conversation " + conversation).isTrue();
        }
    }

    @Test
    void aNoticeFromAnotherInstanceReachesThePagesOpenHere() throws Exception {
        long conversation = customerWrites();
        BlockingQueue<String> pushed = new LinkedBlockingQueue<>();
        WebSocket socket = openLivePage(pushed);
        try {
            Thread.sleep(1_000);
            pushed.clear(); // whatever this instance announced itself

            try (Connection other = database();
                    PreparedStatement notify = other.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, "another-instance " + conversation);
                notify.execute();
            }

            String message = pushed.poll(10, TimeUnit.SECONDS);
            assertThat(message).isEqualTo("{\"conversation\":" + conversation + "}");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }

    private static long customerWrites() {
        String customer = "+3859" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        TestServer.Reply reply =
                request("POST", API + "/messages", TestServer.gatewayKey(), "application/json", """
                {"channel": "SMS", "from": "%s", "to": "%s", "text": "Hello there"}""".formatted(
                                customer, sender));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("conversationId").longValue();
    }

    /** Signs in on the admin's form as a browser does, then opens the pages' live channel with that session. */
    private static WebSocket openLivePage(BlockingQueue<String> pushed) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(APP + "/admin/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as(page.body()).isTrue();
        String form = Map.of(
                        "login", "login",
                        "login:username", "admin",
                        "login:password", TestServer.adminPassword(),
                        "login:submit", "",
                        "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(APP + "/admin/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst()
                .orElseThrow();
        return client.newWebSocketBuilder()
                .header("Cookie", session)
                .buildAsync(URI.create(APP.replaceFirst("^http", "ws") + "/admin/live"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            pushed.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + System.getProperty("switchboard.db.host") + ":"
                        + System.getProperty("switchboard.db.port") + "/" + System.getProperty("switchboard.db.name"),
                System.getProperty("switchboard.db.user"),
                System.getProperty("switchboard.db.password"));
    }
}
