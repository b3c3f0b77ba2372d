package app.lectern.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The content shipped in the repository's {@code content/} folder passes the validator. */
class ShippedContentTest {

    @Test
    void shippedContentHasNoProblems() {
        FolderResult result = new ModuleLoader().loadFolder(Path.of("content"));

        assertThat(result.problems()).extracting(ContentProblem::toString).isEmpty();
        assertThat(result.modules()).isNotEmpty();
    }
}
