package app.lectern.classroom.gradebook;

import java.util.Objects;

/**
 * The order of gradebook rows; ties are broken by name.
 *
 * @param key what to sort by
 * @param descending highest (or latest) first
 */
public record GradebookSort(Key key, boolean descending) {

    /** By name, A to Z: the default. */
    public static final GradebookSort BY_NAME = new GradebookSort(Key.NAME, false);

    /** What rows can be sorted by. */
    public enum Key {
        NAME,
        STATUS,
        STARTED,
        SUBMITTED,
        TIME_SPENT,
        POINTS
    }

    /** Requires a key. */
    public GradebookSort {
        Objects.requireNonNull(key, "key");
    }
}
