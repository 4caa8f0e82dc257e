package io.switchboard.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GatewayAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.8.8",
                "::1",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "100.64.0.1",
                "100.127.255.254",
                "224.0.0.1",
                "0.1.2.3"
            })
    void refusesInternalAddresses(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "193.198.1.1", "2001:4860:4860::8888", "100.63.255.255"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address))).isFalse();
    }

    /** Reserved, documentation, benchmarking, broadcast and multicast IPv4 ranges, at their edges. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.255.255.255",
                "10.0.0.0",
                "10.255.255.255",
                "100.64.0.0",
                "127.255.255.255",
                "169.254.0.0",
                "169.254.255.255",
                "172.16.0.0",
                "192.0.0.0",
                "192.0.0.255",
                "192.0.2.1",
                "192.88.99.1",
                "192.168.0.0",
                "192.168.255.255",
                "198.18.0.0",
                "198.19.255.255",
                "198.51.100.7",
                "203.0.113.9",
                "224.0.0.0",
                "239.255.255.255",
                "240.0.0.0",
                "250.1.2.3",
                "255.255.255.254",
                "255.255.255.255"
            })
    void refusesSpecialPurposeIpv4(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address)))
                .as(address)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.0.0.1",
                "9.255.255.255",
                "11.0.0.0",
                "100.63.0.1",
                "126.255.255.255",
                "128.0.0.1",
                "169.253.1.1",
                "169.255.0.1",
                "172.15.255.255",
                "172.32.0.0",
                "192.0.1.1",
                "192.0.3.1",
                "192.88.98.1",
                "192.167.1.1",
                "192.169.0.1",
                "198.17.255.255",
                "198.20.0.0",
                "198.51.99.1",
                "203.0.112.1",
                "223.255.255.255"
            })
    void acceptsThePublicNeighboursOfEachRange(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address)))
                .as(address)
                .isFalse();
    }

    /** IPv6 spellings that reach an internal IPv4 address, and IPv6 special ranges. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "::ffff:127.0.0.1",
                "::ffff:7f00:1",
                "0:0:0:0:0:ffff:7f00:0001",
                "::ffff:10.0.0.1",
                "::ffff:169.254.169.254",
                "::ffff:0:127.0.0.1",
                "::ffff:0:a00:1",
                "::127.0.0.1",
                "::10.1.2.3",
                "::169.254.169.254",
                "::",
                "64:ff9b::127.0.0.1",
                "64:ff9b::7f00:1",
                "64:ff9b::10.0.0.1",
                "64:ff9b::192.168.0.1",
                "64:ff9b::169.254.169.254",
                "64:ff9b:1::8.8.8.8",
                "2002:7f00:1::1",
                "2002:a9fe:a9fe::1",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2",
                "2001:db8::1",
                "100::1",
                "ff02::1",
                "ff0e::1",
                "fec0::1",
                "fe80::1%1",
                "::ffff:198.18.0.1",
                "::ffff:240.0.0.1",
                "::ffff:255.255.255.255",
                "::ffff:100.64.1.1",
                "64:ff9b::100.64.0.1",
                "64:ff9b::224.0.0.1",
                "0:0:0:0:0:ffff:127.0.0.1",
                "::FFFF:127.0.0.1",
                "::ffff:127.1.2.3",
                "64:ff9b::198.18.0.1",
                "64:ff9b::240.0.0.1",
                "64:ff9b::255.255.255.255"
            })
    void refusesIpv6FormsOfInternalAddresses(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address)))
                .as(address)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "64:ff9b::8.8.8.8",
                "::ffff:8.8.8.8",
                "2002:808:808::1",
                "2606:4700:4700::1111",
                "2a00:1450:4001:80b::200e",
                "::ffff:0:8.8.8.8"
            })
    void acceptsIpv6FormsOfPublicAddresses(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address)))
                .as(address)
                .isFalse();
    }

    @Test
    void refusesTheHostsOwnAddresses() throws UnknownHostException {
        InetAddress own = InetAddress.getByName("203.0.114.7");
        assertThat(GatewayAddresses.isInternal(own)).isFalse();
        assertThat(GatewayAddresses.isInternal(own, List.of(InetAddress.getByName("2001:4860::1"), own)))
                .isTrue();
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName("203.0.114.8"), List.of(own)))
                .isFalse();
    }

    /** The host's own public address is refused in every IPv6 spelling that reaches it, too. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "::ffff:203.0.114.7",
                "::ffff:cb00:7207",
                "::ffff:0:203.0.114.7",
                "::203.0.114.7",
                "64:ff9b::203.0.114.7",
                "64:ff9b::cb00:7207",
                "2002:cb00:7207::1"
            })
    void refusesTheHostsOwnAddressInIpv6Forms(String address) throws UnknownHostException {
        List<InetAddress> own = List.of(InetAddress.getByName("203.0.114.7"));
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address), own))
                .as(address)
                .isTrue();
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address)))
                .as(address + " without knowing the host")
                .isFalse();
    }

    @Test
    void refusesIpv6DocumentationPrefix() throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName("3fff::1")))
                .isTrue();
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName("3fff:fff::1")))
                .isTrue();
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName("3fff:1000::1")))
                .isFalse();
    }

    /** Numbers other parsers (inet_aton, curl, browsers) read as loopback, and Java reads otherwise or not at all. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://0177.0.0.1/hook",
                "http://0x7f.0.0.1/",
                "http://0x7f000001/",
                "http://2130706433/",
                "http://017700000001/",
                "http://127.000.000.001/",
                "http://0.0.0.0x1/",
                "https://010.1.2.3/",
                "http://1.2.3.04/",
                "http://256.1.1.1/",
                "http://1.2.3/",
                "http://host.123/",
                "http://0/"
            })
    void refusesNonCanonicalNumericHosts(String url) {
        assertThat(GatewayAddresses.shapeProblem(url)).as(url).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://8.8.8.8/hook",
                "https://gateway.example.com/hook",
                "http://cafe.be/",
                "http://0x.example.com/",
                "http://[::ffff:127.0.0.1]/",
                "https://api.123go.com/",
                "http://1.2.3.4:8080/"
            })
    void acceptsCanonicalHostShapes(String url) {
        // Shapes only: [::ffff:127.0.0.1] is refused later, by its address.
        assertThat(GatewayAddresses.shapeProblem(url)).as(url).isEmpty();
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrlsWithAHost() {
        assertThat(GatewayAddresses.shapeProblem("https://gateway.example.com/hook"))
                .isEmpty();
        assertThat(GatewayAddresses.shapeProblem("http://[2001:db8::1]:8080/x")).isEmpty();
        assertThat(GatewayAddresses.shapeProblem("ftp://gateway.example.com")).contains("must be an http or https URL");
        assertThat(GatewayAddresses.shapeProblem("/relative")).contains("must be an http or https URL");
        assertThat(GatewayAddresses.shapeProblem("https:///nohost")).contains("must name a host");
        assertThat(GatewayAddresses.shapeProblem("https://user:pw@gateway.example.com"))
                .contains("must not carry credentials");
        assertThat(GatewayAddresses.shapeProblem("http://bad host")).contains("must be a valid URL");
    }
}
