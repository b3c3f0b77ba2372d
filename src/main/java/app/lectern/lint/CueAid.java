package app.lectern.lint;

import app.lectern.content.Claim;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Skill;
import app.lectern.content.TimelineEvent;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ClozeText;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cue-aid}: a reader aid shown beside the questions gives a key away and does not name that question in its
 * {@code answers:} (so the reader would not lock it): a glossary entry, claim (read as "according to {by}, {text}") or
 * timeline event that {@link Cues cues} a key; a glossary term that a vocabulary question asks about (in its prompt
 * or as a match's left-hand text) or that is a short answer's or a cloze blank's answer (in a word bank, all the
 * more); a claim that a true-false sourcing question is about (the ledger tells who claims it and how settled it is).
 * Ordering questions are left out: the reader locks the timeline for them by itself.
 */
final class CueAid implements LintRule {

    static final String ID = "cue-aid";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        LearningModule module = input.module();
        List<Finding> out = new ArrayList<>();
        for (LintInput.Item item : input.items()) {
            if (item.question() instanceof OrderQuestion) {
                continue;
            }
            List<Probe> probes = ItemTexts.keys(item.question()).stream()
                    .map(k -> new Probe(k, Cues.probe(item.question(), k)))
                    .toList();
            for (int i = 0; i < module.glossary().size(); i++) {
                GlossaryEntry g = module.glossary().get(i);
                if (g.answers().contains(item.id())) {
                    continue;
                }
                String why = termAnswers(g.term(), item);
                if (why == null) {
                    why = cue(probes, g.term() + ": " + g.definition());
                }
                if (why != null) {
                    out.add(new Finding(ID, g.term(), "glossary[" + i + "].term", message("key term", item, why)));
                }
            }
            for (int i = 0; i < module.claims().size(); i++) {
                Claim c = module.claims().get(i);
                String ledger = "According to " + c.by() + ", " + c.text();
                String why = c.answers().contains(item.id())
                        ? null
                        : sourcing(item, ledger)
                                ? "says who makes the claim asked about and how settled it is"
                                : cue(probes, ledger);
                if (why != null) {
                    out.add(new Finding(ID, c.id(), "claims[" + i + "].text", message("claim", item, why)));
                }
            }
            for (int i = 0; i < module.timeline().size(); i++) {
                TimelineEvent t = module.timeline().get(i);
                String why = t.answers().contains(item.id()) ? null : cue(probes, t.event());
                if (why != null) {
                    out.add(new Finding(
                            ID, item.id(), "timeline[" + i + "].event", message("timeline event", item, why)));
                }
            }
        }
        return out;
    }

    private static String message(String aid, LintInput.Item item, String why) {
        return "this " + aid + " answers '" + item.id() + "' while that question is open: it " + why + "; list '"
                + item.id() + "' in its answers: to lock it";
    }

    /**
     * Whether a sourcing question without a text key (true-false) asks about this claim: the ledger then tells who
     * makes it and how settled it is. The claim must hold {@value #SAME_CLAIM} of the prompt's content words.
     */
    private static boolean sourcing(LintInput.Item item, String ledger) {
        return item.question().skill() == Skill.SOURCING
                && item.question() instanceof TrueFalseQuestion
                && Cues.share(Words.terms(item.question().base().prompt()), Words.terms(ledger)) >= SAME_CLAIM;
    }

    static final double SAME_CLAIM = 0.6;

    private record Probe(ItemTexts.Key key, Cues.Probe probe) {}

    /** Why the text cues a key of the question, or {@code null}. */
    private static String cue(List<Probe> probes, String text) {
        for (Probe p : probes) {
            if (p.probe().test(text)) {
                return "gives away the key ("
                        + Markdown.plainText(p.key().text()).strip() + ")";
            }
        }
        return null;
    }

    /** Why the glossary term answers the question, or {@code null}. */
    private static String termAnswers(String term, LintInput.Item item) {
        List<String> termWords = Words.raw(term).stream().map(Words::stem).toList();
        if (termWords.isEmpty()) {
            return null;
        }
        switch (item.question()) {
            case ShortQuestion s -> {
                if (s.accept().stream().anyMatch(a -> same(a, termWords))) {
                    return "is the answer";
                }
            }
            case ClozeQuestion c -> {
                try {
                    for (ClozeText.Blank b : c.blanks()) {
                        if (same(b.answer(), termWords)) {
                            return c.bank() ? "is the answer to a blank, in the word bank" : "is the answer to a blank";
                        }
                    }
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            case MatchQuestion m -> {
                for (MatchPair p : m.pairs()) {
                    if (same(p.left(), termWords)) {
                        return "is a left-hand text to match";
                    }
                }
            }
            default -> {}
        }
        if (item.question().skill() == Skill.VOCABULARY
                && contains(
                        Words.raw(item.question().base().prompt()).stream()
                                .map(Words::stem)
                                .toList(),
                        termWords)) {
            return "defines the term asked about";
        }
        return null;
    }

    private static boolean same(String text, List<String> termWords) {
        return Words.raw(text).stream().map(Words::stem).toList().equals(termWords);
    }

    private static boolean contains(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }
}
