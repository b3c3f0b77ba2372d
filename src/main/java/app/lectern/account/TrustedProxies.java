package app.lectern.account;

import app.lectern.config.LecternProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which peers may say who the client is: only the reverse proxies listed in {@code lectern.trusted-proxies}.
 *
 * <p>Tomcat's {@code RemoteIpValve} ({@code server.forward-headers-strategy=native}) by default believes {@code
 * X-Forwarded-For} and {@code X-Forwarded-Proto} from every private and loopback address, so any client on the
 * school network could send a new "address" with each request and never be throttled. This narrows the valve to
 * the configured proxies (none by default: then no forwarded header is honoured and every request's address is the
 * peer's own). Every per-address throttle reads {@code getRemoteAddr()} after the valve, so they all see the same
 * address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    // IP literals only: a host name would be looked up in DNS, and could change behind our back
    private static final Pattern ADDRESS_OR_CIDR = Pattern.compile("[0-9A-Fa-f:.]+(/[0-9]{1,3})?");

    private final String cidrs;

    @Autowired
    TrustedProxies(LecternProperties properties) {
        this(properties.trustedProxies());
    }

    TrustedProxies(List<String> entries) {
        this.cidrs = cidrs(entries);
    }

    /**
     * The entries as Tomcat's comma-separated CIDR list, a single address as {@code /32} or {@code /128}; null for
     * none.
     *
     * @throws IllegalArgumentException on an entry that is not an IP address or CIDR block, so a typo stops start-up
     *     instead of silently trusting nobody (or everybody)
     */
    static String cidrs(List<String> entries) {
        List<String> result = new ArrayList<>();
        for (String raw : entries == null ? List.<String>of() : entries) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (!ADDRESS_OR_CIDR.matcher(entry).matches()) {
                throw new IllegalArgumentException("lectern.trusted-proxies: not an IP address or CIDR block: " + raw);
            }
            String cidr = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
            try {
                new NetMask(cidr);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "lectern.trusted-proxies: not an IP address or CIDR block: " + raw, e);
            }
            result.add(cidr);
        }
        return result.isEmpty() ? null : String.join(",", result);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .forEach(valve -> restrict((RemoteIpValve) valve));
    }

    /** Lets the valve believe forwarded headers from the configured proxies only. */
    void restrict(RemoteIpValve valve) {
        // with a '/' Tomcat reads the list as CIDR blocks; null trusts nobody
        valve.setInternalProxies(cidrs);
        valve.setTrustedProxies(null);
    }

    /** After Spring Boot's own Tomcat customizer, which adds the valve with its default proxies. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
