package app.lectern.content;

import java.util.Locale;

/** How settled a claim in the ledger is. */
public enum ClaimStatus {
    DOCUMENTED,
    STATED,
    ALLEGED,
    DENIED,
    ASSESSED;

    /** The name used in content files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
