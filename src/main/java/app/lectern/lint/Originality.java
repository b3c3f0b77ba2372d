package app.lectern.lint;

import app.lectern.content.Claim;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Option;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.single.SingleQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code originality}: with {@code source.text-file} set and readable, every run of {@value #RUN} or more words the
 * module's own text shares with the source article (lower case, punctuation ignored). Words the source itself puts
 * in quotation marks are left out: quoting a quote is attribution, not copying. Evidence quotes and highlight
 * sentences are not checked on their own: they must stand in the section text, which is. The source text is read
 * here only, never served.
 */
final class Originality implements LintRule {

    static final String ID = "originality";
    static final int RUN = 8;

    /** Most characters of source text read. */
    static final long MAX_SOURCE = 2 * 1024 * 1024;

    @Override
    public String id() {
        return ID;
    }

    /** A word and whether the source has it inside quotation marks. */
    record Token(String word, boolean quoted) {}

    /** Why the source text cannot be read, or {@code null} when it can (or none is set). */
    static String unreadable(LintInput input) {
        Path file = sourceFile(input);
        if (file == null) {
            return null;
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SOURCE) {
                return "source.text-file " + input.module().source().textFile()
                        + " is not a readable file of at most 2 MiB";
            }
        } catch (IOException e) {
            return "cannot read source.text-file: " + e.getMessage();
        }
        return null;
    }

    private static Path sourceFile(LintInput input) {
        String textFile = input.module().source().textFile();
        if (textFile == null || input.folder() == null) {
            return null;
        }
        return input.folder().resolve(textFile).normalize();
    }

    @Override
    public List<Finding> check(LintInput input) {
        Path file = sourceFile(input);
        if (file == null || unreadable(input) != null) {
            return List.of();
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
        Set<String> grams = new HashSet<>();
        List<Token> tokens = tokens(source);
        for (int i = 0; i + RUN <= tokens.size(); i++) {
            if (tokens.subList(i, i + RUN).stream().noneMatch(Token::quoted)) {
                grams.add(gram(tokens, i));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Text t : texts(input.module())) {
            List<Token> words = tokens(Markdown.plainText(t.text()));
            int i = 0;
            while (i + RUN <= words.size()) {
                if (!grams.contains(gram(words, i))) {
                    i++;
                    continue;
                }
                int end = i + RUN;
                while (end < words.size() && grams.contains(gram(words, end - RUN + 1))) {
                    end++;
                }
                String run = String.join(
                        " ", words.subList(i, end).stream().map(Token::word).toList());
                out.add(new Finding(
                        ID,
                        t.item(),
                        t.path(),
                        (end - i) + " words shared with the source text: \"" + run
                                + "\"; say it in your own words (or quote and attribute it)"));
                i = end;
            }
        }
        return out;
    }

    private static String gram(List<Token> tokens, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + RUN; i++) {
            b.append(tokens.get(i).word()).append(' ');
        }
        return b.toString();
    }

    /** The words of a text, lower case, with whether each stands inside quotation marks (“…” or "…"). */
    static List<Token> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<Token> out = new ArrayList<>();
        boolean quoted = false;
        StringBuilder word = new StringBuilder();
        boolean wordQuoted = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean inWord = Character.isLetterOrDigit(c)
                    || ((c == '\'' || c == '’')
                            && !word.isEmpty()
                            && i + 1 < s.length()
                            && Character.isLetter(s.charAt(i + 1)));
            if (inWord) {
                if (word.isEmpty()) {
                    wordQuoted = quoted;
                }
                if (c != '\'' && c != '’') {
                    word.append(c);
                }
                continue;
            }
            if (!word.isEmpty()) {
                out.add(new Token(word.toString(), wordQuoted || quoted));
                word.setLength(0);
            }
            if (c == '“') {
                quoted = true;
            } else if (c == '”') {
                quoted = false;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        return out;
    }

    /** A piece of the module's own text. */
    private record Text(String item, String path, String text) {}

    private static List<Text> texts(LearningModule m) {
        List<Text> out = new ArrayList<>();
        add(out, m.id(), "summary", m.summary());
        for (int i = 0; i < m.objectives().size(); i++) {
            add(out, m.id(), "objectives[" + i + "]", m.objectives().get(i));
        }
        for (int i = 0; i < m.glossary().size(); i++) {
            add(
                    out,
                    m.glossary().get(i).term(),
                    "glossary[" + i + "].definition",
                    m.glossary().get(i).definition());
        }
        for (int i = 0; i < m.timeline().size(); i++) {
            add(out, m.id(), "timeline[" + i + "].event", m.timeline().get(i).event());
        }
        for (int i = 0; i < m.claims().size(); i++) {
            Claim c = m.claims().get(i);
            add(out, c.id(), "claims[" + i + "].text", c.text());
            for (int j = 0; j < c.responses().size(); j++) {
                add(
                        out,
                        c.id(),
                        "claims[" + i + "].responses[" + j + "].text",
                        c.responses().get(j).text());
            }
        }
        for (int i = 0; i < m.sections().size(); i++) {
            Section s = m.sections().get(i);
            add(out, s.id(), "sections[" + i + "].title", s.title());
            add(out, s.id(), "sections[" + i + "].body", s.body());
        }
        for (LintInput.Item item : new LintInput(m, null).items()) {
            Question q = item.question();
            for (ItemTexts.Piece p : ItemTexts.shown(q)) {
                add(out, q.id(), item.path() + "." + p.path(), p.text());
            }
            add(out, q.id(), item.path() + ".explanation", q.base().explanation());
            List<Option> options = switch (q) {
                case SingleQuestion s -> s.options();
                case MultipleQuestion mq -> mq.options();
                default -> List.of();
            };
            for (int i = 0; i < options.size(); i++) {
                add(
                        out,
                        q.id(),
                        item.path() + ".options[" + i + "].feedback",
                        options.get(i).feedback());
            }
            if (q instanceof OpenQuestion o) {
                add(out, q.id(), item.path() + ".model-answer", o.modelAnswer());
                for (int i = 0; i < o.rubric().size(); i++) {
                    add(
                            out,
                            q.id(),
                            item.path() + ".rubric[" + i + "].description",
                            o.rubric().get(i).description());
                }
            }
        }
        return out;
    }

    private static void add(List<Text> out, String item, String path, String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Text(item, path, text));
        }
    }
}
