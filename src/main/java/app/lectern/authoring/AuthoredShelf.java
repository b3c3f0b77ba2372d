package app.lectern.authoring;

import app.lectern.catalog.ModuleShelf;
import app.lectern.config.LecternProperties;
import app.lectern.content.LearningModule;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The published teachers' modules as the catalog serves them. Which versions are latest and who may see them is
 * read from the database on every call (another node may have published); a version's text never changes, so it is
 * parsed once.
 */
@Component
class AuthoredShelf implements ModuleShelf {

    private final AuthoringStore store;
    private final LecternProperties properties;
    private final ModuleLoader loader = new ModuleLoader();
    private final Map<String, Shelved> parsed = new ConcurrentHashMap<>();

    AuthoredShelf(AuthoringStore store, LecternProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public List<Shelved> library() {
        return shelved(store.published(true, properties.authoring().libraryNeedsApproval(), null));
    }

    @Override
    public List<Shelved> assignableBy(long accountId) {
        return shelved(store.published(false, false, accountId));
    }

    @Override
    public Optional<String> source(String moduleId, int version) {
        return store.version(moduleId, version);
    }

    private List<Shelved> shelved(List<AuthoringStore.ModuleVersion> versions) {
        return versions.stream()
                .map(v -> Optional.ofNullable(parsed.computeIfAbsent(v.moduleId() + "@" + v.version(), k -> parse(v))))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A published version always loaded when it was published; {@code null} if a newer loader refuses it. */
    private Shelved parse(AuthoringStore.ModuleVersion v) {
        String yaml = store.version(v.moduleId(), v.version()).orElse(null);
        if (yaml == null) {
            return null;
        }
        LoadResult loaded = loader.load(yaml, v.moduleId(), "published " + v.moduleId() + " v" + v.version());
        LearningModule module = loaded.module().orElse(null);
        return module == null ? null : new Shelved(module, yaml);
    }
}
