package io.switchboard.outbound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.8.8", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
            "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1", "100.127.255.254",
            "224.0.0.1", "0.1.2.3"})
    void refusesInternalAddresses(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "193.198.1.1", "2001:4860:4860::8888",
            "100.63.255.255"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertThat(GatewayAddresses.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void acceptsOnlyAbsoluteHttpUrlsWithAHost() {
        assertThat(GatewayAddresses.shapeProblem("https://gateway.example.com/hook")).isEmpty();
        assertThat(GatewayAddresses.shapeProblem("http://[2001:db8::1]:8080/x")).isEmpty();
        assertThat(GatewayAddresses.shapeProblem("ftp://gateway.example.com")).contains("must be an http or https URL");
        assertThat(GatewayAddresses.shapeProblem("/relative")).contains("must be an http or https URL");
        assertThat(GatewayAddresses.shapeProblem("https:///nohost")).contains("must name a host");
        assertThat(GatewayAddresses.shapeProblem("https://user:pw@gateway.example.com"))
                .contains("must not carry credentials");
        assertThat(GatewayAddresses.shapeProblem("http://bad host")).contains("must be a valid URL");
    }
}
