package app.lectern.study;

import app.lectern.account.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When someone signs in, claims the browser's anonymous self-study progress into their account ({@link
 * StudyService#claim}) and gives the browser a fresh anonymous learner cookie. From then on the reader uses the
 * account's learner while they are signed in; after logout (or a session timeout) the browser is anonymous again
 * with an empty learner, so the next person at a shared classroom computer sees none of the account's progress.
 */
@Component
class ClaimOnSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimOnSignIn.class);

    private final StudyService study;

    ClaimOnSignIn(StudyService study) {
        this.study = study;
    }

    @EventListener
    void signedIn(SignedIn event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return; // not a browser's login
        }
        HttpServletRequest request = attributes.getRequest();
        UUID anonymous = request.getAttribute(CurrentLearner.ATTRIBUTE) instanceof UUID id
                ? id
                : CurrentLearner.parse(request.getCookies()).orElse(null);
        StudyService.Claim claim;
        try {
            claim = study.claim(anonymous, event.user().id());
        } catch (RuntimeException e) {
            // the login must not fail over self-study; the cookie stays, so the claim is tried again next time
            LOG.warn(
                    "Could not claim self-study progress at sign-in of account {}",
                    event.user().id(),
                    e);
            return;
        }
        if (!claim.movedModules().isEmpty() || !claim.keptModules().isEmpty()) {
            LOG.debug(
                    "Sign-in of account {}: claimed modules {}, kept the account's progress in {}",
                    event.user().id(),
                    claim.movedModules(),
                    claim.keptModules());
        }
        freshLearner(attributes);
    }

    /** At sign-out the browser becomes a new anonymous learner too: nothing of the session's learner stays. */
    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            freshLearner(attributes);
        }
    }

    private static void freshLearner(ServletRequestAttributes attributes) {
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        if (response != null) {
            UUID fresh = UUID.randomUUID();
            request.setAttribute(CurrentLearner.ATTRIBUTE, fresh);
            response.addHeader("Set-Cookie", LearnerCookieFilter.cookie(fresh, request.isSecure()));
        }
    }
}
