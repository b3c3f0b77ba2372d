package app.lectern.study;

import java.util.UUID;

/**
 * Published in the transaction of {@link StudyService#claim} when an anonymous learner was claimed into an account's
 * learner, so that features which keep rows of their own per learner (and which study must not know) can move them.
 *
 * @param anonymousLearner the browser's learner, now merged
 * @param accountLearner the account's learner, which owns the claimed progress
 */
public record LearnerClaimed(UUID anonymousLearner, UUID accountLearner) {}
