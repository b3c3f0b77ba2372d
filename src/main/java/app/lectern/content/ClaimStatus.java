package app.lectern.content;

import java.util.Locale;

/** How settled a claim in the ledger is. */
public enum ClaimStatus {
    DOCUMENTED,
    STATED,
    ALLEGED,
    DENIED,
    ASSESSED,
    /** A worry or fear that is reported, not a finding. */
    CONCERN,
    /** A widely held opinion or characterisation ("has long been seen as"). */
    VIEW;

    /** The name used in content files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
