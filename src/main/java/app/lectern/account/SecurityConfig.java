package app.lectern.account;

import app.lectern.config.LecternProperties;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and the throttled authentication manager. The web side (filter chain, login view) is
 * {@code app.lectern.account.ui.WebSecurityConfig}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** bcrypt through the delegating encoder, so stored hashes carry their algorithm and can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AddressThrottle addressThrottle(Clock clock, LecternProperties properties) {
        return new AddressThrottle(clock, properties.throttle().enabled());
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    /**
     * The only authentication manager, with no parent: a parent would get a second, unthrottled try at a
     * refused password.
     */
    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService userDetails,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(new SignInEvents(events));
        return manager;
    }
}
