package app.lectern.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the content loader with Jazzer: whatever bytes a {@code module.yaml} holds, loading ends in a
 * {@link LoadResult} (a module, or problems with a position and a message), never in an exception.
 *
 * <p>A plain test run ({@code ./mvnw test}) runs the seeds in {@code ModuleLoaderFuzzTestInputs/} and every finding
 * kept there as a regression test. To fuzz for five minutes:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ModuleLoaderFuzzTest -Djazzer.max_duration=5m}; new findings are written to
 * the inputs folder.
 */
class ModuleLoaderFuzzTest {

    private static final ModuleLoader LOADER = new ModuleLoader();

    @FuzzTest(maxDuration = "5m")
    void loadingEndsInAResult(byte[] bytes) {
        LoadResult result = LOADER.load("fuzz.yaml", bytes, "test-module", "the expected module id");

        assertThat(result.module().isPresent()).isEqualTo(result.problems().isEmpty());
        assertThat(result.problems().size()).isLessThanOrEqualTo(ModuleLoader.MAX_PROBLEMS + 1);
        for (ContentProblem p : result.problems()) {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.message()).isNotBlank();
        }
    }
}
