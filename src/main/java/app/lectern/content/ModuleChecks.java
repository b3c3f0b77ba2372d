package app.lectern.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The module-wide cross-reference rules behind {@link ConsistentModule}; null-safe, as field constraints may fail too. */
final class ModuleChecks {

    private ModuleChecks() {}

    static List<Inconsistency> check(LearningModule module) {
        List<Inconsistency> out = new ArrayList<>();
        List<Section> sections = module.sections() == null ? List.of() : module.sections();
        if (oversized(module, sections)) {
            // the size limits are reported by their field constraints; cross-checking a hostile file with
            // thousands of references to a huge text would take minutes
            return out;
        }
        Map<String, Section> byId = new LinkedHashMap<>();
        for (Section s : sections) {
            if (s != null && s.id() != null) {
                byId.putIfAbsent(s.id(), s);
            }
        }
        out.addAll(Inconsistency.duplicates("sections", "id", sections, Section::id, "section id"));
        for (int i = 0; i < sections.size(); i++) {
            // a section without an id is reported by its field constraint; Set.contains(null) would throw
            if (sections.get(i) != null
                    && sections.get(i).id() != null
                    && Section.RESERVED_IDS.contains(sections.get(i).id())) {
                out.add(new Inconsistency(
                        "sections[" + i + "].id",
                        "'" + sections.get(i).id() + "' is reserved (the address of the "
                                + (sections.get(i).id().equals("results") ? "results" : "submit")
                                + " page)"));
            }
        }
        out.addAll(Inconsistency.duplicates("claims", "id", module.claims(), Claim::id, "claim id"));

        for (int i = 0; i < module.claims().size(); i++) {
            Claim claim = module.claims().get(i);
            if (claim != null && claim.evidence() != null) {
                String path = "claims[" + i + "].evidence";
                if (claim.evidence().section() == null) {
                    out.add(new Inconsistency(path + ".section", "required: a claim's evidence names its section"));
                } else {
                    out.addAll(evidence(path, claim.evidence(), byId));
                }
            }
        }

        out.addAll(aidAnswers(module, sections));
        out.addAll(TextVariantChecks.check(module, sections));
        out.addAll(lintIgnores(module, sections));

        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section == null) {
                continue;
            }
            for (int j = 0; j < section.questions().size(); j++) {
                String path = "sections[" + i + "].questions[" + j + "]";
                question(out, path, section.questions().get(j), module, section, byId, questionIds);
            }
        }
        // pool ids after every question id, so a pool named like any question is reported
        Set<String> poolIds = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            for (int k = 0; section != null && k < section.pools().size(); k++) {
                pool(
                        out,
                        "sections[" + i + "].pools[" + k + "]",
                        section.pools().get(k),
                        module,
                        section,
                        byId,
                        questionIds,
                        poolIds);
            }
        }
        return out;
    }

    private static void question(
            List<Inconsistency> out,
            String path,
            Question q,
            LearningModule module,
            Section section,
            Map<String, Section> byId,
            Set<String> questionIds) {
        if (q == null || q.base() == null) {
            return;
        }
        QuestionBase base = q.base();
        if (base.id() != null && !questionIds.add(base.id())) {
            out.add(new Inconsistency(path + ".id", "duplicate question id '" + base.id() + "'"));
        }
        if (q.autoScored() && (base.explanation() == null || base.explanation().isBlank())) {
            out.add(new Inconsistency(
                    path + ".explanation", "required: every auto-scored question explains its answer"));
        }
        if (base.evidence() != null) {
            Evidence e = base.evidence();
            Evidence resolved = e.section() == null ? new Evidence(section.id(), e.quote()) : e;
            out.addAll(evidence(path + ".evidence", resolved, byId));
        }
        if (base.assessmentOnly()) {
            aidLeak(module, base).ifPresent(m -> out.add(new Inconsistency(path + ".use", m)));
        }
        for (Inconsistency own : q.inconsistencies(module, section)) {
            out.add(own.under(path));
        }
    }

    private static void pool(
            List<Inconsistency> out,
            String path,
            ItemPool pool,
            LearningModule module,
            Section section,
            Map<String, Section> byId,
            Set<String> questionIds,
            Set<String> poolIds) {
        if (pool == null) {
            return;
        }
        if (pool.id() != null && questionIds.contains(pool.id())) {
            out.add(new Inconsistency(path + ".id", "'" + pool.id() + "' is already a question id"));
        } else if (pool.id() != null && !poolIds.add(pool.id())) {
            out.add(new Inconsistency(path + ".id", "duplicate pool id '" + pool.id() + "'"));
        }
        List<Question> variants = pool.questions() == null ? List.of() : pool.questions();
        if (pool.draw() != null && pool.draw() > variants.size() && variants.size() >= 2) {
            out.add(new Inconsistency(
                    path + ".draw", "draws " + pool.draw() + " of only " + variants.size() + " questions"));
        }
        Double points = null;
        for (int j = 0; j < variants.size(); j++) {
            Question q = variants.get(j);
            String qPath = path + ".questions[" + j + "]";
            question(out, qPath, q, module, section, byId, questionIds);
            if (q == null || q.base() == null) {
                continue;
            }
            if (q.base().use() != null) {
                out.add(new Inconsistency(
                        qPath + ".use", "a question in a pool takes the pool's use; set 'use' on the pool"));
            }
            if (pool.assessmentOnly()) {
                aidLeak(module, q.base()).ifPresent(m -> out.add(new Inconsistency(qPath + ".type", m)));
            }
            if (points == null) {
                points = q.base().points();
            } else if (!points.equals(q.base().points())) {
                out.add(new Inconsistency(
                        qPath + ".points",
                        "the questions of a pool are interchangeable and carry the same points (" + points + "), found "
                                + q.base().points()));
            }
        }
    }

    /**
     * Why self-study's reader aids would give away this assessment question's key, if they would: self-study lists
     * the timeline (the key of an ordering question), marks the claims' evidence in the article (the key of a
     * highlight question) and shows the glossary (the key of a vocabulary question).
     */
    private static Optional<String> aidLeak(LearningModule module, QuestionBase base) {
        if ("order".equals(base.type()) && !module.timeline().isEmpty()) {
            return Optional.of("an 'order' question cannot be for assessment only in a module with a"
                    + " timeline: self-study lists the timeline, which gives its key away");
        }
        if ("highlight".equals(base.type()) && !module.claims().isEmpty()) {
            return Optional.of("a 'highlight' question cannot be for assessment only in a module with"
                    + " claims: self-study marks the claims' evidence in the article, which gives its key away");
        }
        if (base.skill() == Skill.VOCABULARY && !module.glossary().isEmpty()) {
            return Optional.of("a 'vocabulary' question cannot be for assessment only in a module with a"
                    + " glossary: self-study shows the glossary, which gives its key away");
        }
        return Optional.empty();
    }

    /** Each aid entry's {@code answers} names a question of the module. */
    private static List<Inconsistency> aidAnswers(LearningModule module, List<Section> sections) {
        Set<String> ids = questionIds(sections);
        List<Inconsistency> out = new ArrayList<>();
        answers(out, "glossary", module.glossary(), GlossaryEntry::answers, ids);
        answers(out, "timeline", module.timeline(), TimelineEvent::answers, ids);
        answers(out, "claims", module.claims(), Claim::answers, ids);
        return out;
    }

    /** The ids of every question and pool variant of these sections, skipping what a hostile file left out. */
    private static Set<String> questionIds(List<Section> sections) {
        return sections.stream()
                .filter(Objects::nonNull)
                .flatMap(s -> Stream.concat(
                        s.questions().stream(),
                        s.pools().stream()
                                .filter(p -> p != null && p.questions() != null)
                                .flatMap(p -> p.questions().stream())))
                .filter(q -> q != null && q.base() != null && q.base().id() != null)
                .map(q -> q.base().id())
                .collect(Collectors.toSet());
    }

    private static <T> void answers(
            List<Inconsistency> out, String list, List<T> entries, Function<T, List<String>> answers, Set<String> ids) {
        for (int i = 0; i < entries.size(); i++) {
            List<String> named = entries.get(i) == null ? List.of() : answers.apply(entries.get(i));
            for (int j = 0; j < named.size(); j++) {
                if (named.get(j) != null && !ids.contains(named.get(j))) {
                    out.add(new Inconsistency(
                            list + "[" + i + "].answers[" + j + "]",
                            Inconsistency.notOneOf(named.get(j), "a question id", ids)));
                }
            }
        }
    }

    /** Each {@code lint-ignore} item names something the linter reports on. */
    private static List<Inconsistency> lintIgnores(LearningModule module, List<Section> sections) {
        Set<String> items = new HashSet<>(questionIds(sections));
        module.claims().stream().filter(Objects::nonNull).map(Claim::id).forEach(items::add);
        module.glossary().stream()
                .filter(Objects::nonNull)
                .map(GlossaryEntry::term)
                .forEach(items::add);
        sections.stream().filter(Objects::nonNull).map(Section::id).forEach(items::add);
        items.remove(null);
        List<Inconsistency> out = new ArrayList<>();
        for (int i = 0; i < module.lintIgnore().size(); i++) {
            LintIgnore ignore = module.lintIgnore().get(i);
            if (ignore != null && ignore.item() != null && !items.contains(ignore.item())) {
                out.add(new Inconsistency(
                        "lintIgnore[" + i + "].item",
                        "'" + ignore.item() + "' is not a question id, claim id, section id or glossary term"));
            }
        }
        return out;
    }

    private static boolean oversized(LearningModule module, List<Section> sections) {
        return sections.size() > LearningModule.MAX_SECTIONS
                || module.levels().size() > Section.MAX_LEVELS
                || module.claims().size() > LearningModule.MAX_CLAIMS
                || sections.stream()
                        .anyMatch(s -> s != null
                                && (s.questions().size() > Section.MAX_QUESTIONS
                                        || s.pools().size() > Section.MAX_POOLS
                                        || s.pools().stream()
                                                .anyMatch(p -> p != null
                                                        && p.questions() != null
                                                        && p.questions().size() > ItemPool.MAX_VARIANTS)
                                        || (s.body() != null && s.body().length() > Section.MAX_BODY)
                                        || s.levels().size() > Section.MAX_LEVELS
                                        || s.translations().size() > Section.MAX_TRANSLATIONS
                                        || s.levels().stream()
                                                .anyMatch(l -> l != null
                                                        && l.body() != null
                                                        && l.body().length() > Section.MAX_BODY)));
    }

    private static List<Inconsistency> evidence(String path, Evidence evidence, Map<String, Section> sections) {
        if (evidence.section() == null) {
            return List.of();
        }
        Section section = sections.get(evidence.section());
        if (section == null) {
            return List.of(new Inconsistency(
                    path + ".section", Inconsistency.notOneOf(evidence.section(), "a section id", sections.keySet())));
        }
        if (evidence.quote() != null
                && !evidence.quote().isBlank()
                && !Evidence.quoteIn(section.body(), evidence.quote())) {
            return List.of(
                    new Inconsistency(path + ".quote", "not found in the text of section '" + section.id() + "'"));
        }
        return List.of();
    }
}
