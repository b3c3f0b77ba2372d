package app.lectern.reading;

import app.lectern.study.LearnerClaimed;
import app.lectern.study.StudyService;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's {@link ReadingSettings}, kept with their progress: the browser's anonymous learner or an account's.
 * Settings follow an anonymous learner into the account at sign-in when the account has none of its own.
 */
@Service
public class ReadingService {

    private final ReadingStore store;
    private final StudyService study;

    ReadingService(ReadingStore store, StudyService study) {
        this.store = store;
        this.study = study;
    }

    /** The learner's settings, or {@link ReadingSettings#DEFAULTS} if they never changed any. */
    @Transactional(readOnly = true)
    public ReadingSettings settings(UUID learner) {
        Objects.requireNonNull(learner, "learner");
        return store.find(learner).orElse(ReadingSettings.DEFAULTS);
    }

    /**
     * Stores the learner's settings (checked by the record whoever built it), creating the anonymous learner on
     * first use.
     *
     * @return what is stored now
     */
    @Transactional
    public ReadingSettings save(UUID learner, ReadingSettings settings) {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(settings, "settings");
        study.ensureLearner(learner);
        store.save(learner, settings);
        return settings;
    }

    /** At sign-in, in the claim's transaction: the anonymous learner's settings go with them unless the account has its own. */
    @EventListener
    void claimed(LearnerClaimed event) {
        store.copyIfAbsent(event.anonymousLearner(), event.accountLearner());
    }
}
