package app.lectern.lint;

import app.lectern.content.LearningModule;
import app.lectern.content.LintIgnore;
import app.lectern.content.load.SourcePositions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The item-writing linter: runs every rule over a loaded module, drops what {@code lint-ignore} silences, and places
 * each warning in the file. An ignore that silences nothing, or that names no rule, is itself a warning
 * ({@value #UNUSED}). Thread-safe; the seed module takes a few hundred milliseconds once the JVM is warm.
 */
public final class Linter {

    /** The rule id of a {@code lint-ignore} entry that silences nothing. */
    public static final String UNUSED = "lint-ignore-unused";

    private static final List<LintRule> RULES = List.of(
            new KeyLongest(),
            new KeyPosition(),
            new TrueFalseBalance(),
            new OptionsParallel(),
            new AllNoneOfAbove(),
            new CueItem(),
            new CueAid(),
            new EvidenceCrowded(),
            new ReadingLevel(),
            new LongSentence(),
            new Originality());

    /** The ids of every rule, in the order they run. */
    public static final List<String> RULE_IDS = RULES.stream().map(LintRule::id).toList();

    /**
     * Lints one module.
     *
     * @param module the module as loaded, assessment items included
     * @param file the file's name as problems print it
     * @param yaml the text the module was loaded from, for line and column
     * @param folder the module's folder, to read {@code source.text-file} from; {@code null} to skip the originality
     *     check (the server never reads the source text)
     */
    public LintReport lint(LearningModule module, String file, String yaml, Path folder) {
        long start = System.nanoTime();
        LintInput input = new LintInput(module, folder);
        List<Finding> findings = new ArrayList<>();
        for (LintRule rule : RULES) {
            findings.addAll(rule.check(input));
        }
        List<Finding> kept = new ArrayList<>();
        boolean[] used = new boolean[module.lintIgnore().size()];
        for (Finding f : findings.stream().distinct().toList()) {
            boolean silenced = false;
            for (int i = 0; i < used.length; i++) {
                LintIgnore ignore = module.lintIgnore().get(i);
                if (ignore.rule().equals(f.rule()) && ignore.item().equals(f.item())) {
                    used[i] = true;
                    silenced = true;
                }
            }
            if (!silenced) {
                kept.add(f);
            }
        }
        Set<String> known = Set.copyOf(RULE_IDS);
        for (int i = 0; i < used.length; i++) {
            LintIgnore ignore = module.lintIgnore().get(i);
            if (!known.contains(ignore.rule())) {
                kept.add(new Finding(
                        UNUSED,
                        ignore.item(),
                        "lint-ignore[" + i + "].rule",
                        "'" + ignore.rule() + "' is not a lint rule (" + String.join(", ", RULE_IDS) + ")"));
            } else if (!used[i]) {
                kept.add(new Finding(
                        UNUSED,
                        ignore.item(),
                        "lint-ignore[" + i + "]",
                        "silences nothing: rule " + ignore.rule() + " reports nothing about '" + ignore.item()
                                + "'; remove this entry"));
            }
        }
        SourcePositions positions = SourcePositions.of(yaml);
        List<LintWarning> warnings = kept.stream()
                .map(f -> {
                    SourcePositions.Position p =
                            f.text() == null ? positions.at(f.path()) : positions.find(f.path(), f.text());
                    return new LintWarning(file, p.line(), p.column(), f.path(), f.rule(), f.item(), f.message());
                })
                .sorted(Comparator.comparingInt(LintWarning::line)
                        .thenComparingInt(LintWarning::column)
                        .thenComparing(LintWarning::rule)
                        .thenComparing(LintWarning::message))
                .toList();
        List<String> notes = new ArrayList<>(Coverage.notes(input));
        notes.addAll(ReadingLevel.notes(module));
        String unreadable = Originality.unreadable(input);
        if (unreadable != null) {
            notes.add("originality not checked: " + unreadable);
        } else if (module.source().textFile() == null) {
            notes.add("originality not checked: no source.text-file");
        } else if (folder == null) {
            notes.add("originality not checked here (validate --lint reads the source text)");
        } else {
            notes.add("originality checked against " + module.source().textFile());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new LintReport(module.id(), warnings, notes, millis);
    }

    /** Counts warnings per rule, for summaries. */
    public static String perRule(List<LintWarning> warnings) {
        return warnings.stream()
                .collect(Collectors.groupingBy(LintWarning::rule, java.util.TreeMap::new, Collectors.counting()))
                .toString();
    }
}
