package app.lectern.catalog;

import app.lectern.content.LearningModule;
import java.util.List;
import java.util.Optional;

/**
 * Published modules kept outside the content folder (teachers' modules in the database), as the catalog serves
 * them beside the bundled ones. Implemented by the authoring feature; the catalog works without one.
 */
public interface ModuleShelf {

    /**
     * A published module version.
     *
     * @param module the whole module (assessment items included) as loaded from {@code yaml}
     * @param yaml the text of that version, never changed once published
     */
    record Shelved(LearningModule module, String yaml) {}

    /** The latest version of every module in the public self-study library. */
    List<Shelved> library();

    /** The latest version of every published module this account may assign (its own, shared ones, the library). */
    List<Shelved> assignableBy(long accountId);

    /** The text of one published version, if there is one. */
    Optional<String> source(String moduleId, int version);
}
