package app.lectern.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules for a module's levels and translations, part of {@link ConsistentModule}: levels are declared on the
 * module and carried by every section, and hold every evidence quote that points into their section; translations
 * cover what they claim (the module's declared languages in every section; only existing glossary terms and the
 * section's own questions).
 */
final class TextVariantChecks {

    private static final Set<String> ISO_LANGUAGES = languages();

    private TextVariantChecks() {}

    static List<Inconsistency> check(LearningModule module, List<Section> sections) {
        List<Inconsistency> out = new ArrayList<>();
        out.addAll(Inconsistency.duplicates("levels", "id", module.levels(), TextLevel::id, "level id"));
        Set<String> declaredLevels = module.levels().stream()
                .filter(Objects::nonNull)
                .map(TextLevel::id)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (int i = 0; i < module.translations().size(); i++) {
            language(module, "translations[" + i + "]", module.translations().get(i))
                    .ifPresent(out::add);
        }
        out.addAll(Inconsistency.duplicates("translations", "", module.translations(), t -> t, "language"));
        Set<String> terms = module.glossary().stream()
                .filter(Objects::nonNull)
                .map(GlossaryEntry::term)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<Quoted>> quotesBySection = quotes(module, sections);
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section == null || section.id() == null) {
                continue;
            }
            String path = "sections[" + i + "]";
            levels(out, path, section, declaredLevels, quotesBySection.getOrDefault(section.id(), List.of()));
            translations(out, path, module, section, terms);
        }
        return out;
    }

    /** An evidence quote and whose it is, for the message when a level lacks it. */
    private record Quoted(String quote, String owner) {}

    /** Every evidence quote of questions and claims, by the section it points into. */
    private static Map<String, List<Quoted>> quotes(LearningModule module, List<Section> sections) {
        Map<String, List<Quoted>> out = new LinkedHashMap<>();
        for (Claim claim : module.claims()) {
            if (claim != null && claim.evidence() != null && claim.evidence().section() != null) {
                add(out, claim.evidence().section(), claim.evidence().quote(), "claim '" + claim.id() + "'");
            }
        }
        for (Section section : sections) {
            if (section == null) {
                continue;
            }
            section.allQuestions()
                    .filter(q -> q != null && q.base() != null && q.base().evidence() != null)
                    .forEach(q -> {
                        Evidence e = q.base().evidence();
                        add(
                                out,
                                e.section() == null ? section.id() : e.section(),
                                e.quote(),
                                "question '" + q.base().id() + "'");
                    });
        }
        return out;
    }

    private static void add(Map<String, List<Quoted>> out, String section, String quote, String owner) {
        if (quote != null && !quote.isBlank()) {
            out.computeIfAbsent(section, k -> new ArrayList<>()).add(new Quoted(quote, owner));
        }
    }

    private static void levels(
            List<Inconsistency> out, String path, Section section, Set<String> declared, List<Quoted> quotes) {
        out.addAll(Inconsistency.duplicates(path + ".levels", "id", section.levels(), SectionLevel::id, "level id"));
        Set<String> present = new LinkedHashSet<>();
        for (int k = 0; k < section.levels().size(); k++) {
            SectionLevel level = section.levels().get(k);
            if (level == null || level.id() == null) {
                continue;
            }
            String levelPath = path + ".levels[" + k + "]";
            present.add(level.id());
            if (!declared.contains(level.id())) {
                out.add(new Inconsistency(
                        levelPath + ".id",
                        declared.isEmpty()
                                ? "level '" + level.id() + "' is not declared: list it in the module's 'levels'"
                                : Inconsistency.notOneOf(level.id(), "a level the module declares", declared)));
            }
            if (level.body() == null || level.body().isBlank()) {
                continue;
            }
            String plain = Markdown.plainText(level.body());
            for (Quoted q : quotes) {
                if (!plain.contains(Markdown.collapse(q.quote()))) {
                    out.add(new Inconsistency(
                            levelPath + ".body",
                            "level '" + level.id() + "' of section '" + section.id() + "' lacks the evidence quote of "
                                    + q.owner() + ": \"" + Inconsistency.abbreviate(q.quote()) + "\""));
                }
            }
        }
        for (String id : declared) {
            if (!present.contains(id)) {
                out.add(new Inconsistency(
                        path + ".levels",
                        "section '" + section.id() + "' has no text for level '" + id
                                + "', which the module declares (every section carries every level)"));
            }
        }
    }

    private static void translations(
            List<Inconsistency> out, String path, LearningModule module, Section section, Set<String> terms) {
        out.addAll(Inconsistency.duplicates(
                path + ".translations", "language", section.translations(), SectionTranslation::language, "language"));
        Set<String> questionIds = section.allQuestions()
                .filter(q -> q != null && q.base() != null && q.base().id() != null)
                .map(q -> q.base().id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> present = new LinkedHashSet<>();
        for (int k = 0; k < section.translations().size(); k++) {
            SectionTranslation t = section.translations().get(k);
            if (t == null || t.language() == null) {
                continue;
            }
            String tPath = path + ".translations[" + k + "]";
            present.add(t.language());
            language(module, tPath + ".language", t.language()).ifPresent(out::add);
            out.addAll(Inconsistency.duplicates(
                    tPath + ".glossary", "term", t.glossary(), TermTranslation::term, "glossary term"));
            for (int j = 0; j < t.glossary().size(); j++) {
                TermTranslation term = t.glossary().get(j);
                if (term != null && term.term() != null && !terms.contains(term.term())) {
                    out.add(new Inconsistency(
                            tPath + ".glossary[" + j + "].term",
                            terms.isEmpty()
                                    ? "'" + Inconsistency.abbreviate(term.term())
                                            + "' is not a glossary term (the module" + " has no glossary)"
                                    : Inconsistency.notOneOf(
                                            Inconsistency.abbreviate(term.term()), "a glossary term", terms)));
                }
            }
            out.addAll(Inconsistency.duplicates(
                    tPath + ".questions", "id", t.questions(), PromptTranslation::id, "question id"));
            for (int j = 0; j < t.questions().size(); j++) {
                PromptTranslation p = t.questions().get(j);
                if (p != null && p.id() != null && !questionIds.contains(p.id())) {
                    out.add(new Inconsistency(
                            tPath + ".questions[" + j + "].id",
                            questionIds.isEmpty()
                                    ? "'" + p.id() + "' is not a question of section '" + section.id()
                                            + "' (it has none)"
                                    : Inconsistency.notOneOf(
                                            p.id(), "a question of section '" + section.id() + "'", questionIds)));
                }
            }
        }
        for (String language : module.translations()) {
            if (language != null && !present.contains(language)) {
                out.add(new Inconsistency(
                        path + ".translations",
                        "section '" + section.id() + "' has no '" + language + "' translation, which the module"
                                + " declares (a declared language covers every section's title and text)"));
            }
        }
    }

    /** Why a translation's language tag is not acceptable, if it is not. */
    private static java.util.Optional<Inconsistency> language(LearningModule module, String path, String tag) {
        if (tag == null || !tag.matches(Slugs.LANGUAGE)) {
            return java.util.Optional.empty(); // the field constraint reports it
        }
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (!ISO_LANGUAGES.contains(primary)) {
            return java.util.Optional.of(new Inconsistency(
                    path, "'" + tag + "' is not a known language (its first part must be an ISO 639 code such as uk)"));
        }
        if (module.language() != null
                && primary.equalsIgnoreCase(module.language().split("-", 2)[0])) {
            return java.util.Optional.of(
                    new Inconsistency(path, "'" + tag + "' is the module's own language (" + module.language() + ")"));
        }
        return java.util.Optional.empty();
    }

    private static Set<String> languages() {
        Set<String> out = new java.util.HashSet<>(List.of(Locale.getISOLanguages()));
        for (String two : Locale.getISOLanguages()) {
            try {
                out.add(Locale.of(two).getISO3Language());
            } catch (java.util.MissingResourceException e) {
                // no three-letter code for this one
            }
        }
        return Set.copyOf(out);
    }
}
