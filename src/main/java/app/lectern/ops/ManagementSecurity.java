package app.lectern.ops;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port ({@code management.server.port}, 8081) runs Spring Security's filter chain of the application
 * too (Boot registers it in the management server's context). This chain comes first and takes every actuator request
 * there: open to anyone who can reach the port (which must stay private, see docs/operations.md), no login, no
 * session, no CSRF token, no request cache. On the application port the matcher matches nothing (the endpoints live
 * on the other port only), so {@code /actuator/**} there is an unknown page like any other: 404.
 */
@Configuration
class ManagementSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /**
     * No Micrometer observations of Spring Security's own work. By default every filter of the chain is wrapped in
     * an observation and every authorization decision is observed, on every request: Vaadin's round-trips too. That
     * was a measurable part of the server's CPU per round-trip (issue 17) for metrics nobody reads; the request
     * metrics ({@code http_server_requests}) and ours are not affected.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
