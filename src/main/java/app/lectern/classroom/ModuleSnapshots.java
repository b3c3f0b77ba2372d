package app.lectern.classroom;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pinned module versions: assigning stores the text the catalog loaded the module from in {@code module_snapshot};
 * the attempt, gradebook and classroom services parse them from there, never from the current content folder.
 */
@Component
class ModuleSnapshots {

    private final JdbcClient jdbc;
    private final ContentCatalog catalog;
    private final ModuleLoader loader = new ModuleLoader();

    /** Snapshots never change once written, so a parsed one is kept for good. */
    private final Map<String, LearningModule> parsed = new ConcurrentHashMap<>();

    ModuleSnapshots(JdbcClient jdbc, ContentCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Stores the served text of this module version, unless it is stored already (versions never change). */
    void pin(LearningModule module, Instant at) {
        boolean stored = jdbc.sql("select count(*) from module_snapshot where module_id = ? and version = ?")
                        .params(module.id(), module.version())
                        .query(Long.class)
                        .single()
                > 0;
        if (stored) {
            return;
        }
        jdbc.sql("insert into module_snapshot (module_id, version, yaml_text, created_at) values (?, ?, ?, ?)")
                .params(
                        module.id(),
                        module.version(),
                        catalog.source(module.id(), module.version()),
                        at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * The module as the assignment pinned it, whole: assessment items and every variant of its pools included (a
     * student's attempt shows only the variants drawn for them, see {@code attempt.ItemDraw}).
     */
    LearningModule of(Assignment assignment) {
        String key = assignment.moduleId() + "@" + assignment.moduleVersion();
        return parsed.computeIfAbsent(key, k -> {
            String yaml = jdbc.sql("select yaml_text from module_snapshot where module_id = ? and version = ?")
                    .params(assignment.moduleId(), assignment.moduleVersion())
                    .query(String.class)
                    .single();
            LoadResult loaded = loader.load(yaml, assignment.moduleId(), "snapshot " + k);
            return loaded.module()
                    .orElseThrow(() -> new IllegalStateException("the snapshot " + k + " no longer loads: "
                            + loaded.problems().getFirst().message()));
        });
    }
}
