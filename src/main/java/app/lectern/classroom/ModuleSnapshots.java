package app.lectern.classroom;

import app.lectern.content.LearningModule;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pinned module versions, parsed from {@code module_snapshot}, never from the current content folder; shared by the
 * attempt, gradebook and classroom services.
 */
@Component
class ModuleSnapshots {

    private final JdbcClient jdbc;
    private final ModuleLoader loader = new ModuleLoader();

    /** Snapshots never change once written, so a parsed one is kept for good. */
    private final Map<String, LearningModule> parsed = new ConcurrentHashMap<>();

    ModuleSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The module as the assignment pinned it. */
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
