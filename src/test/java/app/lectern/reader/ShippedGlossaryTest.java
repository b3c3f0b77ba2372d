package app.lectern.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.load.ModuleLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every glossary term of the shipped modules is explained in place somewhere in its module's text. */
class ShippedGlossaryTest {

    @Test
    void everyTermAppearsInSomeSection() {
        for (LearningModule module :
                new ModuleLoader().loadFolder(Path.of("content")).modules()) {
            for (GlossaryEntry entry : module.glossary()) {
                assertThat(module.sections().stream()
                                .map(Section::plainText)
                                .anyMatch(text -> SectionHtml.termPattern(entry.term())
                                        .matcher(text)
                                        .find()))
                        .as(module.id() + ": glossary term '" + entry.term() + "' appears in no section")
                        .isTrue();
            }
        }
    }
}
