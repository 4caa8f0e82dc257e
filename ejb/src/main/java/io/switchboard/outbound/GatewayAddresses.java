package io.switchboard.outbound;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which gateway URLs Switchboard may call. A URL a supervisor types could otherwise make the server reach into its
 * own network (loopback, private ranges, link-local cloud metadata, the host's own addresses); those are refused
 * unless the operator allows them. Pure classification: resolving and connecting are {@link GatewayService}'s.
 */
public final class GatewayAddresses {

    /** A host whose last label is a number (decimal, octal or 0x-hex): a WHATWG URL parser reads it as IPv4. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?i).*(^|\\.)(0x[0-9a-f]*|[0-9]+)\\.?$");

    private static final Pattern CANONICAL_IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private GatewayAddresses() {}

    /** Why the URL is not an absolute http(s) URL with a host, or empty when it is. */
    public static Optional<String> shapeProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (isAmbiguousNumericHost(uri.getHost())) {
            return Optional.of("must write an IPv4 address in dotted decimal without leading zeros");
        }
        return Optional.empty();
    }

    /**
     * Whether the host is an IPv4 address in a form other than canonical dotted decimal: {@code 0177.0.0.1} is
     * 127.0.0.1 to inet_aton, curl and browsers but 177.0.0.1 to Java, and {@code 2130706433} or {@code 0x7f.1} are
     * loopback to many parsers. Any such spelling is refused rather than interpreted one way.
     */
    static boolean isAmbiguousNumericHost(String host) {
        if (host.startsWith("[")) {
            return false;
        }
        return NUMERIC_LAST_LABEL.matcher(host).matches()
                && !CANONICAL_IPV4.matcher(host).matches();
    }

    /** {@link #isInternal(InetAddress, Collection)} without knowledge of the host's own addresses. */
    public static boolean isInternal(InetAddress address) {
        return isInternal(address, List.of());
    }

    /**
     * Loopback, unspecified, private, shared (CGNAT), link-local, multicast, reserved or documentation ranges, one of
     * {@code ownAddresses} (the host's interfaces), or an IPv6 address embedding such an IPv4 address (mapped,
     * translated, compatible, NAT64, 6to4, Teredo).
     */
    public static boolean isInternal(InetAddress address, Collection<InetAddress> ownAddresses) {
        if (ownAddresses.contains(address)) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalV4(bytes);
        }
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        int first16 = (bytes[0] & 0xff) << 8 | bytes[1] & 0xff;
        int second16 = (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
        // fc00::/7, unique local addresses: IPv6's private ranges.
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        // 100::/64 discard-only, 2001:db8::/32 and 3fff::/20 documentation, 2001::/32 Teredo (tunnels to any IPv4
        // address), 64:ff9b:1::/48 local-use NAT64 (RFC 8215).
        if (first16 == 0x0100 && second16 == 0 && zero(bytes, 4, 8)
                || first16 == 0x2001 && (second16 == 0x0db8 || second16 == 0)
                || first16 == 0x3fff && (bytes[2] & 0xf0) == 0
                || first16 == 0x0064 && second16 == 0xff9b && bytes[4] == 0 && bytes[5] == 1) {
            return true;
        }
        // An embedded IPv4 address is judged as that address, the host's own addresses included.
        return embeddedIpv4(bytes).map(v4 -> isInternal(v4, ownAddresses)).orElse(false);
    }

    /** The IPv4 address an IPv6 address carries by a standard translation or tunnel, if it carries one. */
    private static Optional<InetAddress> embeddedIpv4(byte[] bytes) {
        byte[] v4;
        // 2002::/16, 6to4: the IPv4 address in bytes 2..5.
        if ((bytes[0] & 0xff) == 0x20 && bytes[1] == 0x02) {
            v4 = new byte[] {bytes[2], bytes[3], bytes[4], bytes[5]};
        } else if (embedsIpv4InLast32Bits(bytes)) {
            v4 = new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(v4));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    /**
     * {@code ::a.b.c.d} (compatible), {@code ::ffff:a.b.c.d} (mapped; Java usually turns it into IPv4 already),
     * {@code ::ffff:0:a.b.c.d} (translated, RFC 2765) and {@code 64:ff9b::a.b.c.d} (NAT64 well-known prefix).
     */
    private static boolean embedsIpv4InLast32Bits(byte[] b) {
        boolean compatible = zero(b, 0, 12);
        boolean mapped = zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean translated = zero(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && zero(b, 10, 12);
        boolean nat64 =
                b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12);
        return compatible || mapped || translated || nat64;
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** IPv4 special-purpose ranges (RFC 6890 and the IANA registry) that a public gateway is never on. */
    static boolean isInternalV4(byte[] bytes) {
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        int c = bytes[2] & 0xff;
        return a == 0 // 0.0.0.0/8 "this network"
                || a == 10 // 10.0.0.0/8 private
                || a == 100 && b >= 64 && b <= 127 // 100.64.0.0/10 shared address space (CGNAT)
                || a == 127 // 127.0.0.0/8 loopback
                || a == 169 && b == 254 // 169.254.0.0/16 link-local, cloud metadata
                || a == 172 && b >= 16 && b <= 31 // 172.16.0.0/12 private
                || a == 192 && b == 0 && c == 0 // 192.0.0.0/24 IETF protocol assignments
                || a == 192 && b == 0 && c == 2 // 192.0.2.0/24 TEST-NET-1
                || a == 192 && b == 88 && c == 99 // 192.88.99.0/24 6to4 relay anycast
                || a == 192 && b == 168 // 192.168.0.0/16 private
                || a == 198 && (b == 18 || b == 19) // 198.18.0.0/15 benchmarking
                || a == 198 && b == 51 && c == 100 // 198.51.100.0/24 TEST-NET-2
                || a == 203 && b == 0 && c == 113 // 203.0.113.0/24 TEST-NET-3
                || a >= 224; // 224/4 multicast, 240/4 reserved, 255.255.255.255
    }
}
