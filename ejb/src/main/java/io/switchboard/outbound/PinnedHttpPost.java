package io.switchboard.outbound;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request (a POST to a gateway, a workflow's call with its own method), connected to an address that was resolved and checked before (no second lookup).
 * <p>
 * Why not {@code java.net.http.HttpClient}: it resolves the URL's host again when it connects, so a rebinding DNS
 * server could answer the check with a public address and the connection with 127.0.0.1; it has no per-request
 * resolver, and it refuses a {@code Host} header, so a URL rewritten to the checked IP literal would lose the
 * gateway's virtual host, its TLS server name (SNI) and the certificate check against the name (a JVM-wide
 * {@code jdk.httpclient.allowRestrictedHeaders} would fix only the first). A socket connected to the checked address
 * and wrapped in TLS with the URL's host name as SNI and HTTPS endpoint identification keeps all of them. Switchboard
 * needs only a POST with a small answer: no redirects (never followed), no keep-alive, no HTTP/2.
 */
final class PinnedHttpPost {

    /** How much of the answer's body is read (the outbox keeps 200 characters of it). */
    static final int BODY_LIMIT = 4096;

    private static final int HEAD_LIMIT = 65_536;

    /** The gateway's status and the start of its body. */
    record Answer(int status, String bodyStart) {}

    private PinnedHttpPost() {}

    /**
     * POSTs {@code body} to {@code uri}, connecting to the first of {@code addresses} that accepts (all of them
     * checked by the caller); {@code Host}, SNI and the certificate check use the URL's host name.
     */
    static Answer post(
            URI uri,
            List<InetAddress> addresses,
            Map<String, String> headers,
            byte[] body,
            Duration connectTimeout,
            Duration requestTimeout,
            SSLSocketFactory tls)
            throws IOException {
        return send("POST", uri, addresses, headers, body, connectTimeout, requestTimeout, tls);
    }

    /** As {@link #post}, with the request's method (a workflow's call: GET, POST, PUT, PATCH or DELETE). */
    static Answer send(
            String method,
            URI uri,
            List<InetAddress> addresses,
            Map<String, String> headers,
            byte[] body,
            Duration connectTimeout,
            Duration requestTimeout,
            SSLSocketFactory tls)
            throws IOException {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        try (Socket socket = connect(addresses, port, connectTimeout)) {
            Socket channel = https ? tls(socket, host, port, tls) : socket;
            try {
                OutputStream out = channel.getOutputStream();
                out.write(head(method, uri, host, port, https, headers, body.length)
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return read(new DeadlineInput(channel, deadline));
            } finally {
                channel.close();
            }
        }
    }

    private static Socket connect(List<InetAddress> addresses, int port, Duration timeout) throws IOException {
        IOException last = new IOException("no address to connect to");
        for (InetAddress address : addresses) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
                return socket;
            } catch (IOException e) {
                socket.close();
                last = e;
            }
        }
        throw last;
    }

    private static Socket tls(Socket socket, String host, int port, SSLSocketFactory factory) throws IOException {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        SSLSocket ssl = (SSLSocket) factory.createSocket(socket, name, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        // The certificate must name the host of the URL, whatever address the socket reached.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !Character.isDigit(host.charAt(host.length() - 1))) {
            parameters.setServerNames(List.of(new SNIHostName(name)));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    static String head(URI uri, String host, int port, boolean https, Map<String, String> headers, int length) {
        return head("POST", uri, host, port, https, headers, length);
    }

    static String head(
            String method, URI uri, String host, int port, boolean https, Map<String, String> headers, int length) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(host)
                .append(defaultPort ? "" : ":" + port)
                .append("\r\n")
                .append("User-Agent: Switchboard\r\n")
                .append("Connection: close\r\n")
                .append("Content-Length: ")
                .append(length)
                .append("\r\n");
        headers.forEach((name, value) -> {
            if (name.indexOf('\r') >= 0
                    || name.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + name + " contains a line break");
            }
            head.append(name).append(": ").append(value).append("\r\n");
        });
        return head.append("\r\n").toString();
    }

    static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: " + statusLine);
        }
        long contentLength = -1;
        boolean chunked = false;
        int headBytes = statusLine.length();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            headBytes += header.length();
            if (headBytes > HEAD_LIMIT) {
                throw new IOException("answer headers too large");
            }
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                contentLength = number(value, 10);
            } else if (name.equals("transfer-encoding")
                    && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = chunkSize(line(in)); size > 0 && body.size() < BODY_LIMIT; size = chunkSize(line(in))) {
                copy(in, body, size);
                line(in);
            }
        } else if (contentLength >= 0) {
            copy(in, body, contentLength);
        } else if (status >= 200 && status != 204 && status != 304) {
            copy(in, body, Long.MAX_VALUE);
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private static long chunkSize(String line) throws IOException {
        int extension = line.indexOf(';');
        return number((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private static long number(String text, int radix) throws IOException {
        try {
            return Long.parseLong(text, radix);
        } catch (NumberFormatException e) {
            throw new IOException("malformed length in the answer: " + text);
        }
    }

    /** Copies at most {@code count} bytes, stopping at the body limit or the end of the stream. */
    private static void copy(InputStream in, ByteArrayOutputStream body, long count) throws IOException {
        byte[] buffer = new byte[1024];
        long left = count;
        while (left > 0 && body.size() < BODY_LIMIT) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(left, BODY_LIMIT - body.size())));
            if (read < 0) {
                return;
            }
            body.write(buffer, 0, read);
            left -= read;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (line.isEmpty()) {
                    throw new IOException("the gateway closed the connection before answering");
                }
                break;
            }
            if (line.length() > HEAD_LIMIT) {
                throw new IOException("answer line too long");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Reads the socket with the time left before the request's deadline, so a dripping answer cannot hold it. */
    private static final class DeadlineInput extends InputStream {

        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInput(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.deadline = deadline;
        }

        private void arm() throws IOException {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                throw new SocketTimeoutException("the gateway did not answer in time");
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            return in.read(b, off, len);
        }
    }
}
