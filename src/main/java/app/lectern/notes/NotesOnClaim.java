package app.lectern.notes;

import app.lectern.study.LearnerClaimed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a sign-in claims an anonymous learner, its self-study notes move to the account's learner with its progress. */
@Component
class NotesOnClaim {

    private final NotesService notes;

    NotesOnClaim(NotesService notes) {
        this.notes = notes;
    }

    @EventListener
    void claimed(LearnerClaimed event) {
        notes.moveSelfStudy(event.anonymousLearner(), event.accountLearner());
    }
}
