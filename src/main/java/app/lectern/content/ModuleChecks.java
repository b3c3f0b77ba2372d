package app.lectern.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section == null) {
                continue;
            }
            for (int j = 0; j < section.questions().size(); j++) {
                Question q = section.questions().get(j);
                String path = "sections[" + i + "].questions[" + j + "]";
                if (q == null || q.base() == null) {
                    continue;
                }
                QuestionBase base = q.base();
                if (base.id() != null && !questionIds.add(base.id())) {
                    out.add(new Inconsistency(path + ".id", "duplicate question id '" + base.id() + "'"));
                }
                if (q.autoScored()
                        && (base.explanation() == null || base.explanation().isBlank())) {
                    out.add(new Inconsistency(
                            path + ".explanation", "required: every auto-scored question explains its answer"));
                }
                if (base.evidence() != null) {
                    Evidence e = base.evidence();
                    Evidence resolved = e.section() == null ? new Evidence(section.id(), e.quote()) : e;
                    out.addAll(evidence(path + ".evidence", resolved, byId));
                }
                for (Inconsistency own : q.inconsistencies(module, section)) {
                    out.add(own.under(path));
                }
            }
        }
        return out;
    }

    private static boolean oversized(LearningModule module, List<Section> sections) {
        return sections.size() > LearningModule.MAX_SECTIONS
                || module.claims().size() > LearningModule.MAX_CLAIMS
                || sections.stream()
                        .anyMatch(s -> s != null
                                && (s.questions().size() > Section.MAX_QUESTIONS
                                        || (s.body() != null && s.body().length() > Section.MAX_BODY)));
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
                && !section.plainText().contains(Markdown.collapse(evidence.quote()))) {
            return List.of(
                    new Inconsistency(path + ".quote", "not found in the text of section '" + section.id() + "'"));
        }
        return List.of();
    }
}
