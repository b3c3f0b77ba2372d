package app.lectern.account.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for Vaadin: views are guarded by their access annotations, {@link LoginView} is the login
 * page, logout ends the session and returns to the library. Session fixation protection (a new session id on
 * login) is Spring's default and stays on.
 */
@Configuration
class WebSecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        // our own styles and scripts, served as static files under /lectern/
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/lectern/**").permitAll());
        http.authenticationManager(authenticationManager);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }
}
