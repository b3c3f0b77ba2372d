package app.lectern.study;

import java.util.UUID;

/**
 * Published in the transaction of {@link StudyService#claim} once an anonymous learner is merged into an account's
 * learner, so that features keeping something per learner (and depending on this package, not the reverse) can let
 * it follow.
 *
 * @param anonymousLearner the browser's learner, now merged
 * @param accountLearner the account's learner it was merged into
 */
public record LearnerClaimed(UUID anonymousLearner, UUID accountLearner) {}
