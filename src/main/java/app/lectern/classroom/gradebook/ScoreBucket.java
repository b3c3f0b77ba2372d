package app.lectern.classroom.gradebook;

/**
 * One bar of the score distribution: how many students scored from {@code fromPercent} up to (not including)
 * {@code toPercent}; the last bucket includes 100.
 *
 * @param fromPercent the lowest percentage in the bucket
 * @param toPercent the end of the bucket (100 for the last one, which includes it)
 * @param students how many students fall in it
 */
public record ScoreBucket(int fromPercent, int toPercent, int students) {}
