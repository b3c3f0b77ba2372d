package app.lectern.content;

import java.util.Locale;

/** What a question practises; the summary page totals scores per skill. */
public enum Skill {
    RECALL,
    VOCABULARY,
    CHRONOLOGY,
    MAIN_IDEA,
    INFERENCE,
    /** Who claims what, and on what evidence. */
    SOURCING;

    /** The name used in content files, e.g. {@code main-idea}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
