package app.lectern.lint;

import app.lectern.content.Markdown;
import app.lectern.content.Section;
import java.util.ArrayList;
import java.util.List;

/** {@code long-sentence}: a sentence of section text with more than {@value #MAX_WORDS} words. */
final class LongSentence implements LintRule {

    static final String ID = "long-sentence";
    static final int MAX_WORDS = 35;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        List<Finding> out = new ArrayList<>();
        List<Section> sections = input.module().sections();
        for (int i = 0; i < sections.size(); i++) {
            for (String sentence : Markdown.sentences(sections.get(i).body())) {
                int words = Words.raw(sentence).size();
                if (words > MAX_WORDS) {
                    out.add(new Finding(
                            ID,
                            sections.get(i).id(),
                            "sections[" + i + "].body",
                            "a sentence of " + words + " words (at most " + MAX_WORDS + "): \""
                                    + (sentence.length() > 60 ? sentence.substring(0, 60) + "…" : sentence)
                                    + "\"; split it",
                            sentence));
                }
            }
        }
        return out;
    }
}
