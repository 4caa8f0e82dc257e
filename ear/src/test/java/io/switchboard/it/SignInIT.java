package io.switchboard.it;

import static io.switchboard.it.TestServer.API;
import static io.switchboard.it.TestServer.APP;
import static io.switchboard.it.TestServer.basic;
import static io.switchboard.it.TestServer.bearer;
import static io.switchboard.it.TestServer.createApiKey;
import static io.switchboard.it.TestServer.request;
import static io.switchboard.it.TestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling, timing, security headers and the Payara console, over raw HTTP. Each test signs in from
 * client addresses of its own (127.x.y.z: all of 127/8 is loopback on Linux), so the per-address throttle it
 * triggers never touches the other tests, which call from 127.0.0.1; and it never fails as {@code admin}.
 */
class SignInIT {

    private static final String PASSWORD = "a long enough password";
    private static final URI APP_URI = URI.create(APP);
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static String supervisor;

    @BeforeAll
    static void supervisorKey() {
        supervisor = bearer(createApiKey(unique("signin-admin"), "ACCOUNT_MANAGER"));
    }

    /** A human agent (so a user) with {@link #PASSWORD}; returns the username. */
    private static String newUser() {
        String username = unique("signin");
        TestServer.Reply reply =
                request("POST", API + "/agents", supervisor, "application/json", """
                {"kind": "HUMAN", "name": "Sign-in Test", "username": "%s", "password": "%s"}
                """.formatted(username, PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return username;
    }

    /** A loopback address no other test (nor another run of this one, most likely) uses. */
    private static InetAddress newClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            return InetAddress.getByAddress(new byte[] {
                127, (byte) random.nextInt(1, 255), (byte) random.nextInt(0, 256), (byte) random.nextInt(1, 255)
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Raw me(InetAddress from, String username, String password) {
        return Raw.send(from, "GET", "/api/v1/me", Map.of("Authorization", basic(username, password)), null);
    }

    private static void assertThrottled(Raw reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":429");
        assertThat(Integer.parseInt(reply.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void tenWrongPasswordsForOneUserThrottleItsApiSignInFromEveryAddress() {
        String username = newUser();
        InetAddress first = newClientAddress();
        assertThat(me(first, username, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            assertThat(me(first, username, "wrong " + i).status()).isEqualTo(401);
        }
        // Even the right password, from another address: not checked while the username is blocked.
        assertThrottled(me(newClientAddress(), username, PASSWORD));
        assertThrottled(me(first, username, "wrong again"));
        // Others are not affected.
        assertThat(me(newClientAddress(), newUser(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void tenFailuresFromOneAddressThrottleEveryUsernameFromIt() {
        InetAddress address = newClientAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(me(address, unique("nobody"), "whatever").status()).isEqualTo(401);
        }
        String username = newUser();
        assertThrottled(me(address, username, PASSWORD));
        assertThat(me(newClientAddress(), username, PASSWORD).status()).isEqualTo(200);
        // API keys cannot be guessed: they are never throttled.
        assertThat(Raw.send(address, "GET", "/api/v1/me", Map.of("Authorization", supervisor), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theAdminFormThrottlesWithAMessage() {
        String username = newUser();
        InetAddress address = newClientAddress();
        for (int i = 0; i < 10; i++) {
            Raw page = signInOnTheForm(address, username, "wrong " + i);
            assertThat(page.body()).contains("Wrong username or password");
        }
        Raw refused = signInOnTheForm(newClientAddress(), username, PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.body()).contains("Too many failed sign-ins").contains("seconds, then try again");
    }

    /** Opens the login page and posts the form, as a browser would (session cookie and view state). */
    private static Raw signInOnTheForm(InetAddress from, String username, String password) {
        Raw page = Raw.send(from, "GET", "/admin/login.xhtml", Map.of(), null);
        assertThat(page.status()).isEqualTo(200);
        String cookie = page.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as(page.body()).isTrue();
        String form = form(Map.of(
                "login",
                "login",
                "login:username",
                username,
                "login:password",
                password,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                viewState.group(1).replace("&#58;", ":")));
        return Raw.send(
                from,
                "POST",
                "/admin/login.xhtml",
                Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                form);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * The unknown-user path hashes a dummy password: its median time is close to a wrong password's (before: 5.6 ms
     * against 277 ms). Loose bounds; each sample from its own address so that no throttle interferes.
     */
    @Test
    void anUnknownUserCostsAsMuchAsAWrongPassword() {
        String username = newUser();
        me(newClientAddress(), unique("warm-up"), "x");
        long[] wrong = new long[7];
        long[] unknown = new long[7];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = timed(() -> me(newClientAddress(), username, "not the password"));
            unknown[i] = timed(() -> me(newClientAddress(), unique("nobody"), "not the password"));
        }
        long wrongMedian = median(wrong);
        long unknownMedian = median(unknown);
        long cachedMedian = median(new long[] {
            timed(() -> me(newClientAddress(), username, PASSWORD)),
            timed(() -> me(newClientAddress(), username, PASSWORD)),
            timed(() -> me(newClientAddress(), username, PASSWORD))
        });
        System.out.printf(
                Locale.ROOT,
                "SignInIT medians: wrong password %d ms, unknown user %d ms,"
                        + " right password (cached after the first) %d ms%n",
                wrongMedian,
                unknownMedian,
                cachedMedian);
        assertThat(unknownMedian).isGreaterThan(wrongMedian / 2).isLessThan(wrongMedian * 2 + 50);
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void pagesAndApiAnswersCarrySecurityHeadersAndNoBanners() {
        Raw page = Raw.send(InetAddress.getLoopbackAddress(), "GET", "/admin/login.xhtml", Map.of(), null);
        assertThat(page.header("Content-Security-Policy"))
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'")
                .contains("object-src 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Strict-Transport-Security"))
                .as("HSTS on HTTPS only")
                .isNull();
        assertThat(page.header("Server")).isNull();
        assertThat(page.header("X-Powered-By")).isNull();
        String cookie = page.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie.split("(?i)SameSite=", -1)).as(cookie).hasSize(2);
        assertThat(cookie)
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");

        Raw api = Raw.send(InetAddress.getLoopbackAddress(), "GET", "/api/v1/me", Map.of(), null);
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("Server")).isNull();
        assertThat(api.header("X-Powered-By")).isNull();
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() {
        int httpsPort = Integer.getInteger("payara.port.base", 28000) + 81;
        Raw page = Raw.sendTls(httpsPort, "/admin/login.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Strict-Transport-Security")).startsWith("max-age=");
        String cookie = page.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure");
        assertThat(cookie.split("(?i)SameSite=", -1)).as(cookie).hasSize(2);
    }

    @Test
    void thePayaraConsoleRequiresThePassword() {
        int adminPort = Integer.getInteger("payara.admin.port", 28048);
        String domain = "http://127.0.0.1:" + adminPort + "/management/domain";
        TestServer.Reply anonymous =
                TestServer.requestWithHeader("GET", domain, null, null, null, "Accept", "application/json");
        assertThat(anonymous.status()).isEqualTo(401);
        TestServer.Reply wrong = TestServer.requestWithHeader(
                "GET", domain, basic("admin", "admin"), null, null, "Accept", "application/json");
        assertThat(wrong.status()).isEqualTo(401);
        String password = System.getProperty("AS_ADMIN_PASSWORD");
        assertThat(password).as("the password file server.sh wrote").isNotBlank();
        TestServer.Reply admin = TestServer.requestWithHeader(
                "GET", domain, basic("admin", password), null, null, "Accept", "application/json");
        assertThat(admin.status()).isEqualTo(200);
    }

    /** An HTTP/1.1 exchange on a socket bound to a chosen local address (java.net.http cannot choose it on 17). */
    record Raw(int status, List<String[]> headerLines, String body) {

        String header(String name) {
            return headers(name).stream().findFirst().orElse(null);
        }

        List<String> headers(String name) {
            return headerLines.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .toList();
        }

        static Raw send(InetAddress from, String method, String path, Map<String, String> headers, String body) {
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress(APP_URI.getHost(), APP_URI.getPort()), 5000);
                socket.setSoTimeout(30_000);
                return exchange(socket, method, APP_URI.getPath() + path, headers, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Raw sendTls(int port, String path) {
            try {
                SSLContext tls = SSLContext.getInstance("TLS");
                // The test domain's certificate is self-signed: this test checks headers, not the certificate.
                tls.init(
                        null,
                        new TrustManager[] {
                            new X509TrustManager() {
                                public void checkClientTrusted(X509Certificate[] chain, String type) {}

                                public void checkServerTrusted(X509Certificate[] chain, String type) {}

                                public X509Certificate[] getAcceptedIssuers() {
                                    return new X509Certificate[0];
                                }
                            }
                        },
                        new SecureRandom());
                try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(APP_URI.getHost(), port)) {
                    socket.setSoTimeout(30_000);
                    return exchange(socket, "GET", APP_URI.getPath() + path, Map.of(), null);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Raw exchange(
                Socket socket, String method, String target, Map<String, String> headers, String body)
                throws IOException {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(APP_URI.getHost())
                    .append("\r\nConnection: close\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            List<String[]> headerLines = new ArrayList<>();
            boolean chunked = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String[] header = {
                    lines[i].substring(0, colon).trim(),
                    lines[i].substring(colon + 1).trim()
                };
                chunked |= header[0].equalsIgnoreCase("Transfer-Encoding") && header[1].contains("chunked");
                headerLines.add(header);
            }
            byte[] rest = Arrays.copyOfRange(all, end + 4, all.length);
            String text = new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headerLines, text);
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int lineEnd = indexOf(chunked, crlf, at);
                String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        private static int indexOf(byte[] data, byte[] part, int from) {
            for (int i = from; i <= data.length - part.length; i++) {
                if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                    return i;
                }
            }
            throw new IllegalStateException("malformed HTTP answer");
        }
    }
}
