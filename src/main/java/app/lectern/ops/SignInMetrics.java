package app.lectern.ops;

import app.lectern.account.SignInFailed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code lectern_login_failures_total{reason="bad_credentials"|"throttled"|"other"}}: password sign-ins that did not
 * succeed. A jump in {@code bad_credentials} with {@code throttled} following it is someone guessing passwords.
 */
@Component
class SignInMetrics {

    private final Map<SignInFailed.Reason, Counter> failures = new EnumMap<>(SignInFailed.Reason.class);

    SignInMetrics(MeterRegistry registry) {
        for (SignInFailed.Reason reason : SignInFailed.Reason.values()) {
            failures.put(
                    reason,
                    Counter.builder("lectern.login.failures")
                            .description("Password sign-ins refused")
                            .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                            .register(registry));
        }
    }

    @EventListener
    void failed(SignInFailed event) {
        failures.get(event.reason()).increment();
    }
}
