package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.testsupport.TestClock;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Requests go through Tomcat's real {@code RemoteIpValve}, as Spring Boot adds it for {@code
 * server.forward-headers-strategy=native} and as the app narrows it, then through the per-address throttle.
 */
class TrustedProxiesTest {

    private static final String LAN_PEER = "192.168.1.50";

    private final AddressThrottle throttle =
            new AddressThrottle(TestClock.startingAt(Instant.parse("2026-03-01T08:00:00Z")));

    /** What the application saw of one request: the client address and whether a sign-up had to wait. */
    private record Seen(String address, boolean secure, boolean mustWait) {}

    private static RemoteIpValve valve(List<String> trustedProxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setProtocolHeader("X-Forwarded-Proto");
        new TrustedProxies(trustedProxies).restrict(valve);
        return valve;
    }

    private Seen signUp(RemoteIpValve valve, String peer, String forwardedFor) throws Exception {
        Seen[] seen = new Seen[1];
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) throws IOException {
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
                try {
                    Optional<?> wait = throttle.blocked(AddressThrottle.Kind.SIGN_UP);
                    throttle.record(AddressThrottle.Kind.SIGN_UP);
                    seen[0] = new Seen(request.getRemoteAddr(), request.isSecure(), wait.isPresent());
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                }
            }
        });
        Request request = new Request(new Connector(), new org.apache.coyote.Request());
        request.setRemoteAddr(peer);
        request.setRemoteHost(peer);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        request.getCoyoteRequest()
                .getMimeHeaders()
                .addValue("X-Forwarded-Proto")
                .setString("https");
        valve.invoke(request, new Response(new org.apache.coyote.Response()));
        return seen[0];
    }

    @Test
    void aLanClientRotatingForwardedForIsThrottledByItsRealAddress() throws Exception {
        RemoteIpValve valve = valve(List.of());
        for (int i = 0; i < 10; i++) {
            Seen seen = signUp(valve, LAN_PEER, "198.51.100." + i);
            assertThat(seen.address()).isEqualTo(LAN_PEER);
            assertThat(seen.mustWait()).isFalse();
        }
        Seen eleventh = signUp(valve, LAN_PEER, "198.51.100.99");
        assertThat(eleventh.mustWait()).isTrue();
        // nor does the header make the request count as HTTPS
        assertThat(eleventh.secure()).isFalse();
    }

    @Test
    void loopbackIsNotTrustedEither() throws Exception {
        assertThat(signUp(valve(List.of()), "127.0.0.1", "203.0.113.5").address())
                .isEqualTo("127.0.0.1");
    }

    @Test
    void aConfiguredProxyIsBelievedAndEachClientBehindItCountsOnItsOwn() throws Exception {
        RemoteIpValve valve = valve(List.of("10.0.0.2", "192.168.1.0/24"));
        for (int i = 0; i < 10; i++) {
            signUp(valve, LAN_PEER, "198.51.100.7");
        }
        Seen client = signUp(valve, LAN_PEER, "198.51.100.7");
        assertThat(client.address()).isEqualTo("198.51.100.7");
        assertThat(client.secure()).isTrue();
        assertThat(client.mustWait()).isTrue();

        Seen neighbour = signUp(valve, "10.0.0.2", "198.51.100.8");
        assertThat(neighbour.address()).isEqualTo("198.51.100.8");
        assertThat(neighbour.mustWait()).isFalse();
        // a client cannot prepend its own entry: the valve reads from the right, up to the first untrusted hop
        assertThat(signUp(valve, "10.0.0.2", "1.2.3.4, 198.51.100.9").address()).isEqualTo("198.51.100.9");
    }

    @Test
    void aTypoInTheProxyListStopsStartUp() {
        assertThat(TrustedProxies.cidrs(List.of())).isNull();
        assertThat(TrustedProxies.cidrs(List.of(" 10.0.0.2 ", "fd00::/8", "::1")))
                .isEqualTo("10.0.0.2/32,fd00::/8,::1/128");
        assertThatThrownBy(() -> TrustedProxies.cidrs(List.of("proxy.school.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.school.example");
        assertThatThrownBy(() -> TrustedProxies.cidrs(List.of("10.0.0.0/99")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValveSpringBootAddsIsNarrowed() {
        var factory = new org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory();
        RemoteIpValve bootsValve = new RemoteIpValve();
        factory.addEngineValves(bootsValve);
        assertThat(bootsValve.getInternalProxies()).isNotNull();

        new TrustedProxies(List.of()).customize(factory);

        assertThat(bootsValve.getInternalProxies()).isNull();
        assertThat(bootsValve.getTrustedProxies()).isNull();
    }
}
