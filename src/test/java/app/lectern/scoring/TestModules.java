package app.lectern.scoring;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.Source;
import java.util.List;

/** Builds small modules for tests of grading and the answer pipeline. */
public final class TestModules {

    private TestModules() {}

    /** A module of version 1 with these sections. */
    public static LearningModule module(Section... sections) {
        return new LearningModule(
                "test-module",
                1,
                "Test",
                "A test module.",
                "en",
                "Grades 9–12",
                5,
                null,
                new Source(null, "Author", null, "Publisher", "2025", null),
                List.of("Learn."),
                null,
                null,
                null,
                List.of(sections),
                null);
    }
}
