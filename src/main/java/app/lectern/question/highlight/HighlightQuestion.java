package app.lectern.question.highlight;

import app.lectern.content.Inconsistency;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The learner picks, from the sentences of a section, those that support the prompt.
 *
 * @param section the section whose sentences are offered; {@code null} means the question's own
 * @param sentences the key: each an exact sentence of that section, or part of one
 * @param follows the id of an earlier question this one is part B of
 */
public record HighlightQuestion(
        @NotNull @Valid QuestionBase base,

        @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String section,

        @NotNull @Size(min = 1, max = 12) List<@NotBlank @Size(max = 1000) String> sentences,

        @Pattern(regexp = Slugs.SLUG, message = "must be a slug")
        String follows)
        implements Question {

    /** {@inheritDoc} */
    @Override
    public List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        List<Inconsistency> out = new ArrayList<>();
        List<Section> all = module.sections() == null ? List.of() : module.sections();
        List<String> sectionIds = all.stream()
                .filter(Objects::nonNull)
                .map(Section::id)
                .filter(Objects::nonNull)
                .toList();
        String targetId = this.section != null ? this.section : section.id();
        Section target = all.stream()
                .filter(s -> s != null && Objects.equals(s.id(), targetId))
                .findFirst()
                .orElse(null);
        if (target == null && this.section != null) {
            out.add(new Inconsistency("section", Inconsistency.notOneOf(this.section, "a section id", sectionIds)));
        }
        if (target != null && sentences != null) {
            Map<String, Integer> keyOfSentence = new HashMap<>();
            for (int i = 0; i < sentences.size(); i++) {
                String wanted = Markdown.collapse(sentences.get(i));
                Optional<String> sentence = sentenceHolding(target.body(), sentences.get(i));
                if (!wanted.isEmpty() && sentence.isEmpty()) {
                    out.add(new Inconsistency(
                            "sentences[" + i + "]", "not found within one sentence of section '" + targetId + "'"));
                } else if (!wanted.isEmpty()) {
                    Integer other = keyOfSentence.putIfAbsent(sentence.get(), i);
                    if (other != null) {
                        // one pick can only match one key entry, so full marks would be out of reach
                        out.add(new Inconsistency(
                                "sentences[" + i + "]",
                                "is in the same sentence as sentences[" + other + "]; each entry must name a"
                                        + " different sentence"));
                    }
                }
            }
        }
        if (follows != null) {
            List<String> earlier = new ArrayList<>();
            for (Section s : all) {
                for (Question q :
                        s == null ? List.<Question>of() : s.allQuestions().toList()) {
                    if (q == this) {
                        break;
                    }
                    if (q != null && q.base() != null && q.base().id() != null) {
                        earlier.add(q.base().id());
                    }
                }
                if (s != null && s.allQuestions().anyMatch(q -> q == this)) {
                    break;
                }
            }
            if (!earlier.contains(follows)) {
                out.add(new Inconsistency("follows", "'" + follows + "' is not the id of an earlier question"));
            }
        }
        return out;
    }

    /**
     * The sentence of a section that holds a key passage, as the module check finds it: the first of the section's
     * {@link Markdown#sentences sentences} that contains the passage, white space collapsed; empty when the passage
     * is not within one sentence.
     *
     * @param sectionMarkdown the section's body
     */
    public static Optional<String> sentenceHolding(String sectionMarkdown, String passage) {
        String wanted = Markdown.collapse(passage);
        return Markdown.sentences(sectionMarkdown).stream()
                .filter(c -> c.contains(wanted))
                .findFirst();
    }
}
