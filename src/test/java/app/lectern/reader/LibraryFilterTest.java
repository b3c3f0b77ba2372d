package app.lectern.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.content.Source;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which modules the library shows for a search and filters, and what it makes of a query from the address. */
class LibraryFilterTest {

    private static final LearningModule WAR = module(
            "war",
            "China's role in Russia's war",
            "Beijing and Moscow.",
            "Grades 9–12",
            12,
            "Katherine Spencer",
            "media literacy",
            "geopolitics");
    private static final LearningModule CLAIMS = module(
            "claims",
            "Reading claims in war reporting",
            "Attribution verbs and denials.",
            "Grades 9–12",
            8,
            "Lectern",
            "Media literacy",
            "Sourcing");
    private static final LearningModule ECONOMY = module(
            "economy", "Économie de guerre", "Sanctions et commerce.", "Grades 6–8", 25, "Hélène Dupré", "économie");
    private static final List<LearningModule> ALL = List.of(WAR, CLAIMS, ECONOMY);

    private static LearningModule module(
            String id, String title, String summary, String level, int minutes, String author, String... topics) {
        return new LearningModule(
                id,
                1,
                title,
                summary,
                "en",
                level,
                minutes,
                List.of(topics),
                new Source(null, author, null, "Publisher", "2025", null),
                List.of("Read."),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Section("s", "S", "Text.", List.of())),
                List.of());
    }

    private static List<String> shown(Map<String, List<String>> query) {
        LibraryFilter filter = LibraryFilter.parse(query, ALL);
        return ALL.stream().filter(filter::matches).map(LearningModule::id).toList();
    }

    @Test
    void searchLooksAtTitleSummaryTopicsAndAuthorIgnoringCaseAndAccents() {
        assertThat(shown(Map.of("q", List.of("WAR")))).containsExactly("war", "claims");
        assertThat(shown(Map.of("q", List.of("economie")))).containsExactly("economy");
        assertThat(shown(Map.of("q", List.of("helene")))).as("the author").containsExactly("economy");
        assertThat(shown(Map.of("q", List.of("denials")))).as("the summary").containsExactly("claims");
        assertThat(shown(Map.of("q", List.of("geopolitics")))).as("a topic").containsExactly("war");
        assertThat(shown(Map.of("q", List.of("  war   spencer "))))
                .as("every word")
                .containsExactly("war");
        assertThat(shown(Map.of("q", List.of("submarine")))).isEmpty();
    }

    @Test
    void filtersByTopicLevelAndReadingTimeCombined() {
        assertThat(shown(Map.of("topic", List.of("media literacy")))).containsExactly("war", "claims");
        assertThat(shown(Map.of("level", List.of("Grades 6–8")))).containsExactly("economy");
        assertThat(shown(Map.of("time", List.of("short")))).containsExactly("claims");
        assertThat(shown(Map.of("time", List.of("medium")))).containsExactly("war");
        assertThat(shown(Map.of("time", List.of("long")))).containsExactly("economy");
        assertThat(shown(Map.of("topic", List.of("Media Literacy"), "time", List.of("medium"), "q", List.of("china"))))
                .containsExactly("war");
        assertThat(shown(Map.of("topic", List.of("sourcing"), "level", List.of("Grades 6–8"))))
                .isEmpty();
    }

    @Test
    void theTopicsAndLevelsOfferedAreTheModulesOwnEachOnce() {
        assertThat(LibraryFilter.topics(ALL)).containsExactly("économie", "geopolitics", "media literacy", "Sourcing");
        assertThat(LibraryFilter.levels(ALL)).containsExactly("Grades 6–8", "Grades 9–12");
    }

    @Test
    void aHostileOrOutdatedQueryIsCleanedOrIgnoredNeverAnError() {
        Map<String, List<String>> query = new HashMap<>();
        query.put("q", List.of("war\u0000\u202e\n\t" + "x".repeat(100_000)));
        query.put("topic", List.of("no such topic", "media literacy"));
        query.put("level", List.of("y".repeat(100_000)));
        query.put("time", List.of("forever"));
        query.put("unknown", List.of("1"));

        LibraryFilter filter = LibraryFilter.parse(query, ALL);

        assertThat(filter.text()).startsWith("war x").hasSizeLessThanOrEqualTo(LibraryFilter.MAX_TEXT);
        assertThat(filter.topic())
                .as("only the first value counts, and it is unknown")
                .isNull();
        assertThat(filter.level()).isNull();
        assertThat(filter.time()).isNull();
        assertThat(filter.toQuery()).containsOnlyKeys("q");
        assertThat(LibraryFilter.parse(Map.of("q", List.of()), ALL)).isEqualTo(LibraryFilter.NONE);
        assertThat(LibraryFilter.parse(Map.of(), List.of())).isEqualTo(LibraryFilter.NONE);
        String emoji = "\uD83D\uDE00".repeat(150);
        assertThat(LibraryFilter.clean(emoji)
                        .codePointCount(0, LibraryFilter.clean(emoji).length()))
                .as("never cut inside a character")
                .isEqualTo(LibraryFilter.MAX_TEXT);
    }

    @Test
    void theQueryOfAFilterReadsBackAsTheSameFilter() {
        LibraryFilter filter =
                new LibraryFilter("war", "media literacy", "Grades 9–12", LibraryFilter.ReadingTime.MEDIUM);

        assertThat(LibraryFilter.parse(filter.toQuery(), ALL)).isEqualTo(filter);
        assertThat(filter.active()).isTrue();
        assertThat(LibraryFilter.NONE.active()).isFalse();
        assertThat(LibraryFilter.NONE.toQuery()).isEmpty();
        assertThat(Arrays.stream(LibraryFilter.ReadingTime.values()).filter(t -> t.fits(10)))
                .containsExactly(LibraryFilter.ReadingTime.SHORT);
        assertThat(Arrays.stream(LibraryFilter.ReadingTime.values()).filter(t -> t.fits(20)))
                .containsExactly(LibraryFilter.ReadingTime.MEDIUM);
    }
}
