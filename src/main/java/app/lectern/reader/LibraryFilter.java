package app.lectern.reader;

import app.lectern.content.LearningModule;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the library shows: modules whose title, summary, topics or author hold every word searched for (case and
 * accents ignored), on a topic, at a level and of a reading time. Read from the page's query ({@code ?q=…&topic=…
 * &level=…&time=…}) so a filtered library survives a reload and can be shared; every value is checked here: text is
 * cleaned and capped, a topic or level that no module has and an unknown time are ignored.
 *
 * @param text the words searched for, cleaned; empty for none
 * @param topic a topic of some module, as the module spells it, or {@code null} for any
 * @param level a level of some module, or {@code null} for any
 * @param time a reading time, or {@code null} for any
 */
public record LibraryFilter(String text, String topic, String level, ReadingTime time) {

    /** Query parameter: the words searched for. */
    public static final String TEXT = "q";

    /** Query parameter: the topic. */
    public static final String TOPIC = "topic";

    /** Query parameter: the level. */
    public static final String LEVEL = "level";

    /** Query parameter: the reading time, {@code short}, {@code medium} or {@code long}. */
    public static final String TIME = "time";

    /** Most characters searched for; the rest of a longer search is dropped. */
    public static final int MAX_TEXT = 100;

    /** Longest topic or level value looked at; a longer one cannot be any module's and is ignored unread. */
    private static final int MAX_VALUE = 200;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Shows every module. */
    public static final LibraryFilter NONE = new LibraryFilter("", null, null, null);

    /** Normalises a missing text to an empty one. */
    public LibraryFilter {
        text = text == null ? "" : text;
    }

    /** How long a module takes to read, in the bands the library offers. */
    public enum ReadingTime {
        /** Up to 10 minutes. */
        SHORT("short", 0, 10),
        /** 11 to 20 minutes. */
        MEDIUM("medium", 11, 20),
        /** Over 20 minutes. */
        LONG("long", 21, Integer.MAX_VALUE);

        private final String key;
        private final int min;
        private final int max;

        ReadingTime(String key, int min, int max) {
            this.key = key;
            this.min = min;
            this.max = max;
        }

        /** The value in the query, e.g. {@code short}. */
        public String key() {
            return key;
        }

        /** Whether a module of this many minutes is in the band. */
        public boolean fits(int minutes) {
            return minutes >= min && minutes <= max;
        }

        /** The band with this query value, if any. */
        public static Optional<ReadingTime> of(String key) {
            return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
        }
    }

    /**
     * The filter a page query asks for, among these modules: only the first value of each parameter counts, and
     * what is not valid is ignored (never an error: a shared link with an outdated topic still opens the library).
     */
    public static LibraryFilter parse(Map<String, List<String>> query, Collection<LearningModule> modules) {
        String text = first(query, TEXT).map(LibraryFilter::clean).orElse("");
        String topic =
                first(query, TOPIC).flatMap(t -> known(t, topics(modules))).orElse(null);
        String level =
                first(query, LEVEL).flatMap(l -> known(l, levels(modules))).orElse(null);
        ReadingTime time = first(query, TIME).flatMap(ReadingTime::of).orElse(null);
        return new LibraryFilter(text, topic, level, time);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    /** The value as the modules spell it, matched without regard to case or accents. */
    private static Optional<String> known(String value, List<String> known) {
        if (value.length() > MAX_VALUE) {
            return Optional.empty();
        }
        String wanted = fold(clean(value));
        return known.stream().filter(k -> fold(k).equals(wanted)).findFirst();
    }

    /** Text without invisible or control characters, single-spaced, trimmed, at most {@value #MAX_TEXT} characters. */
    public static String clean(String raw) {
        String cut = raw.length() > 4 * MAX_TEXT ? raw.substring(0, 4 * MAX_TEXT) : raw;
        String text = SPACES.matcher(INVISIBLE.matcher(cut).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)).strip();
        }
        return text;
    }

    /** Lower case without accents, for comparing: "Économie" and "economie" are the same. */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Every topic of these modules, sorted, each once. */
    public static List<String> topics(Collection<LearningModule> modules) {
        return sortedDistinct(modules.stream().flatMap(m -> m.topics().stream()));
    }

    /** Every level of these modules, sorted, each once. */
    public static List<String> levels(Collection<LearningModule> modules) {
        return sortedDistinct(modules.stream().map(LearningModule::level));
    }

    private static List<String> sortedDistinct(Stream<String> values) {
        // primary strength: "Media literacy" and "media literacy", "economie" and "économie" are one topic
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        TreeSet<String> sorted = new TreeSet<>(collator);
        values.filter(Objects::nonNull).forEach(sorted::add);
        return List.copyOf(sorted);
    }

    /** Whether anything is filtered. */
    public boolean active() {
        return !text.isEmpty() || topic != null || level != null || time != null;
    }

    /** Whether the library shows this module. */
    public boolean matches(LearningModule module) {
        if (topic != null && module.topics().stream().map(LibraryFilter::fold).noneMatch(fold(topic)::equals)) {
            return false;
        }
        if (level != null && !level.equals(module.level())) {
            return false;
        }
        if (time != null && !time.fits(module.readingMinutes())) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = fold(String.join(
                " ",
                module.title(),
                Objects.toString(module.summary(), ""),
                String.join(" ", module.topics()),
                module.source() == null ? "" : Objects.toString(module.source().author(), "")));
        return Arrays.stream(fold(text).split(" ")).allMatch(haystack::contains);
    }

    /** The page query that asks for this filter: only what is set, in a fixed order. */
    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            query.put(TEXT, List.of(text));
        }
        if (topic != null) {
            query.put(TOPIC, List.of(topic));
        }
        if (level != null) {
            query.put(LEVEL, List.of(level));
        }
        if (time != null) {
            query.put(TIME, List.of(time.key()));
        }
        return query;
    }
}
