package app.lectern.reader.ui;

import app.lectern.account.CurrentUser;
import app.lectern.account.UserRef;
import app.lectern.study.CurrentLearner;
import app.lectern.study.StudyService;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import java.util.Optional;
import java.util.UUID;

/**
 * The current learner's id for views: the signed-in user's account learner (their progress on every device), or
 * else the anonymous learner of the browser's cookie, which the learner cookie filter guarantees on every page
 * request.
 */
public final class Learner {

    private Learner() {}

    /** The id of the learner of the current request. */
    public static UUID current() {
        VaadinService service = VaadinService.getCurrent();
        if (service != null) {
            Instantiator beans = service.getInstantiator();
            Optional<UserRef> user = beans.getOrCreate(CurrentUser.class).get();
            if (user.isPresent()) {
                return beans.getOrCreate(StudyService.class)
                        .accountLearner(user.get().id());
            }
        }
        return cookieLearner().orElseThrow(() -> new IllegalStateException("no learner cookie on this request"));
    }

    /** The anonymous learner id of the current Vaadin request, if the browser sent one. */
    private static Optional<UUID> cookieLearner() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return Optional.empty();
        }
        return CurrentLearner.of(request.getAttribute(CurrentLearner.ATTRIBUTE), request.getCookies());
    }
}
