package app.lectern.exchange;

import app.lectern.question.Option;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads Moodle GIFT text. A question is a run of non-blank lines; {@code //} comment lines are skipped. Every
 * construct that maps to no Lectern type is reported with its line; a question that maps in part is imported with a
 * note.
 */
final class GiftParser {

    /** The prompt of a missing-word question, whose text becomes the cloze text. */
    static final String CLOZE_PROMPT = "Fill in the blank.";

    private static final Pattern FORMAT =
            Pattern.compile("^\\s*\\[(html|moodle|markdown|plain)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("T|F|TRUE|FALSE", Pattern.CASE_INSENSITIVE);

    private final Drafts out;

    private GiftParser(Drafts out) {
        this.out = out;
    }

    /** Parses a GIFT file into questions, problems and notes; never throws for any input. */
    static ImportResult parse(String file, byte[] bytes, Set<String> taken) {
        Drafts out = new Drafts(file, taken);
        TextFile.decode(bytes, out).ifPresent(text -> new GiftParser(out).parse(text));
        return out.result();
    }

    private void parse(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder block = new StringBuilder();
        int first = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    if (out.full(first)) {
                        return;
                    }
                    question(block.toString(), first);
                    block.setLength(0);
                }
                continue;
            }
            if (block.isEmpty() && trimmed.startsWith("$CATEGORY:")) {
                out.problem(
                        i + 1,
                        "category '" + trimmed.substring(10).strip()
                                + "' ignored: the questions go into the section you import them into");
                continue;
            }
            if (block.isEmpty()) {
                first = i + 1;
            } else {
                block.append('\n');
            }
            block.append(line);
        }
    }

    /** One answer of an answer block as written: marker, weight, text and feedback. */
    private record Raw(char marker, Double weight, String text, String feedback, int line) {

        boolean right() {
            return weight != null ? weight > 0 : marker == '=';
        }

        boolean full() {
            return weight != null ? weight >= 100 : marker == '=';
        }
    }

    /** Where the parts of a question stand, to report lines. */
    private record Block(String text, int firstLine) {
        int line(int offset) {
            int line = firstLine;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private void question(String s, int firstLine) {
        Block b = new Block(s, firstLine);
        int pos = 0;
        String title = null;
        int lead = s.length() - s.stripLeading().length();
        if (s.startsWith("::", lead)) {
            int end = indexOf(s, "::", lead + 2);
            if (end < 0) {
                out.problem(firstLine, "the title '::' is not closed with '::': question not imported");
                return;
            }
            title = unescape(s.substring(lead + 2, end)).strip();
            pos = end + 2;
        }
        int open = indexOf(s, "{", pos);
        if (open < 0) {
            out.problem(firstLine, "no answer block {…}: a description without a question; not imported");
            return;
        }
        int close = indexOf(s, "}", open + 1);
        if (close < 0) {
            out.problem(b.line(open), "'{' is not closed with '}': question not imported");
            return;
        }
        int nested = indexOf(s, "{", open + 1);
        if (nested >= 0 && nested < close) {
            out.problem(b.line(nested), "'{' inside an answer block (write \\{ for a brace): question not imported");
            return;
        }
        String after = s.substring(close + 1);
        int second = indexOf(after, "{", 0);
        if (second >= 0) {
            out.problem(b.line(close + 1 + second), "a second answer block in one question: not imported");
            return;
        }
        String before = s.substring(pos, open);
        String format = "moodle";
        Matcher f = FORMAT.matcher(before);
        if (f.find()) {
            format = f.group(1).toLowerCase(Locale.ROOT);
            before = before.substring(f.end());
        }
        Parsed p = new Parsed(b, title, format, before, s.substring(open + 1, close), open + 1, after);
        if (p.prompt().isEmpty() && !p.missingWord()) {
            out.problem(firstLine, "no question text: not imported");
            return;
        }
        answers(p);
    }

    /** A question split into its parts, with the format that applies to its texts. */
    private record Parsed(
            Block block, String title, String format, String before, String inner, int innerAt, String after) {

        boolean missingWord() {
            return !unescape(after).isBlank();
        }

        String prompt() {
            return text(before, format);
        }

        int line() {
            return block.firstLine;
        }
    }

    private void answers(Parsed p) {
        String inner = p.inner();
        String general = null;
        int gf = indexOf(inner, "####", 0);
        if (gf >= 0) {
            general = text(inner.substring(gf + 4), p.format());
            inner = inner.substring(0, gf);
        }
        String trimmed = inner.strip();
        int line = p.block().line(p.innerAt());
        if (trimmed.isEmpty()) {
            essay(p, general, line);
        } else if (trimmed.startsWith("#")) {
            numeric(p, trimmed.substring(1), general, line);
        } else {
            int hash = indexOf(trimmed, "#", 0);
            String word = (hash < 0 ? trimmed : trimmed.substring(0, hash)).strip();
            if (TRUE_FALSE.matcher(word).matches()) {
                trueFalse(p, word, hash < 0 ? "" : trimmed.substring(hash), general, line);
            } else {
                List<Raw> raws = split(p, inner, p.innerAt());
                if (raws != null) {
                    choices(p, raws, general, line);
                }
            }
        }
    }

    private List<Raw> split(Parsed p, String inner, int at) {
        List<Raw> raws = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= inner.length(); i++) {
            boolean end = i == inner.length();
            char c = end ? 0 : inner.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (end || c == '=' || c == '~') {
                if (start < 0) {
                    String lead = inner.substring(0, i);
                    if (!unescape(lead).isBlank()) {
                        out.problem(
                                p.block().line(at),
                                "text before the first answer ('"
                                        + unescape(lead).strip()
                                        + "'): start each answer with = or ~; question not imported");
                        return null;
                    }
                } else {
                    raws.add(raw(
                            p,
                            inner.charAt(start),
                            inner.substring(start + 1, i),
                            p.block().line(at + start)));
                }
                start = i;
            }
        }
        return raws;
    }

    private static Raw raw(Parsed p, char marker, String body, int line) {
        Double weight = null;
        Matcher w = WEIGHT.matcher(body);
        if (w.find()) {
            weight = Double.parseDouble(w.group(1));
            body = body.substring(w.end());
        }
        int hash = indexOf(body, "#", 0);
        String feedback = hash < 0 ? null : Drafts.blankToNull(text(body.substring(hash + 1), p.format()));
        String text = hash < 0 ? body : body.substring(0, hash);
        return new Raw(marker, weight, text, feedback, line);
    }

    private void essay(Parsed p, String general, int line) {
        if (p.missingWord()) {
            out.problem(line, "an essay answer block inside the text cannot be a blank: not imported");
            return;
        }
        String id = out.id(p.title(), p.prompt());
        out.add(new OpenQuestion(out.base(id, "open", p.prompt(), null, null, general, null, null), null, List.of()));
        out.note(out.file(), p.line(), id, "an essay: write a model answer and a rubric in the editor");
    }

    private void trueFalse(Parsed p, String word, String feedbacks, String general, int line) {
        if (p.missingWord()) {
            out.problem(line, "a true-false answer inside the text cannot be a blank: not imported");
            return;
        }
        boolean answer = word.toUpperCase(Locale.ROOT).startsWith("T");
        String wrong = null;
        String right = null;
        if (!feedbacks.isEmpty()) {
            String rest = feedbacks.substring(1);
            int next = indexOf(rest, "#", 0);
            wrong = Drafts.blankToNull(text(next < 0 ? rest : rest.substring(0, next), p.format()));
            right = next < 0 ? null : Drafts.blankToNull(text(rest.substring(next + 1), p.format()));
        }
        String id = out.id(p.title(), p.prompt());
        String explanation = general;
        if (explanation == null && right != null) {
            explanation = right;
            out.note(out.file(), p.line(), id, "the feedback for a right answer became the explanation");
        } else if (right != null) {
            out.note(out.file(), p.line(), id, "the feedback for a right answer was dropped (the explanation is kept)");
        }
        if (wrong != null) {
            out.note(out.file(), p.line(), id, "the feedback for a wrong answer was dropped: true-false has none");
        }
        out.add(new TrueFalseQuestion(
                out.base(id, "true-false", p.prompt(), null, null, explanation, null, null), answer));
    }

    private void numeric(Parsed p, String body, String general, int line) {
        if (p.missingWord()) {
            out.problem(line, "a numeric answer inside the text cannot be a blank: not imported");
            return;
        }
        List<Raw> raws;
        if (indexOf(body, "=", 0) < 0 && indexOf(body, "~", 0) < 0) {
            raws = List.of(raw(p, '=', body, line));
        } else {
            raws = split(p, body, p.innerAt() + p.inner().indexOf('#') + 1);
            if (raws == null) {
                return;
            }
        }
        Raw chosen = raws.stream().filter(Raw::full).findFirst().orElse(null);
        if (chosen == null) {
            out.problem(line, "no fully right numeric answer: not imported");
            return;
        }
        String value = unescape(chosen.text()).strip();
        double answer;
        double tolerance;
        try {
            int range = value.indexOf("..");
            int colon = value.indexOf(':');
            if (range >= 0) {
                double min = number(value.substring(0, range));
                double max = number(value.substring(range + 2));
                if (min > max) {
                    out.problem(chosen.line(), "the range " + value + " ends below its start: not imported");
                    return;
                }
                answer = (min + max) / 2;
                tolerance = (max - min) / 2;
            } else if (colon >= 0) {
                answer = number(value.substring(0, colon));
                tolerance = Math.abs(number(value.substring(colon + 1)));
            } else {
                answer = number(value);
                tolerance = 0;
            }
        } catch (NumberFormatException e) {
            out.problem(chosen.line(), "'" + value + "' is not a number, value:tolerance or min..max: not imported");
            return;
        }
        String id = out.id(p.title(), p.prompt());
        if (raws.size() > 1) {
            out.note(
                    out.file(),
                    p.line(),
                    id,
                    "only the fully right answer was kept; " + (raws.size() - 1)
                            + " other answers (partial credit) were dropped");
        }
        if (raws.stream().anyMatch(r -> r.feedback() != null)) {
            out.note(out.file(), p.line(), id, "per-answer feedback was dropped: numeric questions have none");
        }
        out.add(new NumericQuestion(
                out.base(id, "numeric", p.prompt(), null, null, general, null, null), answer, tolerance, null));
    }

    private static double number(String s) {
        double d = Double.parseDouble(s.strip());
        if (!Double.isFinite(d)) {
            throw new NumberFormatException("not finite");
        }
        return d;
    }

    private void choices(Parsed p, List<Raw> raws, String general, int line) {
        if (raws.isEmpty()) {
            out.problem(line, "an answer block without answers: not imported");
            return;
        }
        boolean anyArrow = raws.stream().anyMatch(r -> indexOf(r.text(), "->", 0) >= 0);
        if (anyArrow) {
            match(p, raws, general, line);
            return;
        }
        boolean anyWrong = raws.stream().anyMatch(r -> r.marker() == '~');
        if (!anyWrong) {
            shortAnswer(p, raws, general, line);
            return;
        }
        List<Raw> right = raws.stream().filter(Raw::right).toList();
        if (right.isEmpty()) {
            out.problem(line, "no right answer (mark it with = or a positive %weight%): not imported");
            return;
        }
        long equals = raws.stream().filter(r -> r.marker() == '=').count();
        boolean single = equals == 1;
        if (p.missingWord()) {
            missingChoice(p, raws, single, general, line);
            return;
        }
        List<Option> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            String optionId = optionId(i);
            options.add(new Option(optionId, text(r.text(), p.format()), r.feedback()));
            if (single ? r.marker() == '=' : r.right()) {
                keys.add(optionId);
            }
        }
        if (options.stream().anyMatch(o -> o.text().isEmpty())) {
            out.problem(line, "an empty answer: not imported");
            return;
        }
        String id = out.id(p.title(), p.prompt());
        if (options.size() > 8) {
            out.note(out.file(), p.line(), id, options.size() + " options: Lectern allows at most 8, remove some");
        }
        if (single) {
            if (raws.stream().anyMatch(r -> r.marker() == '~' && r.weight() != null && r.weight() > 0)) {
                out.note(
                        out.file(), p.line(), id, "partial credit for a wrong option was dropped: one option is right");
            }
            out.add(new SingleQuestion(
                    out.base(id, "single", p.prompt(), null, null, general, null, null), options, keys.getFirst()));
        } else {
            if (raws.stream().anyMatch(r -> r.weight() != null)) {
                out.note(
                        out.file(),
                        p.line(),
                        id,
                        "the %weights% were not kept: Lectern scores right picks minus wrong picks");
            }
            out.add(new MultipleQuestion(
                    out.base(id, "multiple", p.prompt(), null, null, general, null, null), options, keys));
        }
    }

    private void missingChoice(Parsed p, List<Raw> raws, boolean single, String general, int line) {
        if (!single) {
            out.problem(line, "a missing word with several right answers cannot be a Lectern blank: not imported");
            return;
        }
        String answer = null;
        List<String> distractors = new ArrayList<>();
        for (Raw r : raws) {
            String t = text(r.text(), p.format());
            if (!blankable(t, r.line())) {
                return;
            }
            if (r.marker() == '=') {
                answer = t;
            } else {
                distractors.add(t);
            }
        }
        String cloze = cloze(p, "[[" + answer + "]]");
        String id = out.id(p.title(), p.prompt().isEmpty() ? unescape(p.after()) : p.prompt());
        out.note(
                out.file(),
                p.line(),
                id,
                "a missing-word question: a cloze with a word bank, prompt '" + CLOZE_PROMPT + "'");
        if (raws.stream().anyMatch(r -> r.feedback() != null)) {
            out.note(out.file(), p.line(), id, "per-answer feedback was dropped: a cloze blank has none");
        }
        out.add(new ClozeQuestion(
                out.base(id, "cloze", CLOZE_PROMPT, null, null, general, null, null), cloze, true, distractors));
    }

    private boolean blankable(String t, int line) {
        if (t.isEmpty() || t.contains("[[") || t.contains("]]") || t.contains("|")) {
            out.problem(line, "'" + t + "' cannot be a cloze answer (empty, or holds [[, ]] or |): not imported");
            return false;
        }
        return true;
    }

    private String cloze(Parsed p, String blank) {
        return (inline(p.before(), p.format()) + blank + inline(p.after(), p.format())).strip();
    }

    private void shortAnswer(Parsed p, List<Raw> raws, String general, int line) {
        List<String> accept = new ArrayList<>();
        for (Raw r : raws) {
            if (r.full()) {
                accept.add(text(r.text(), p.format()));
            }
        }
        if (accept.isEmpty()) {
            out.problem(line, "no fully right answer: not imported");
            return;
        }
        if (accept.stream().anyMatch(String::isEmpty)) {
            out.problem(line, "an empty answer: not imported");
            return;
        }
        if (p.missingWord()) {
            for (String a : accept) {
                if (!blankable(a, line)) {
                    return;
                }
            }
            String id = out.id(p.title(), p.prompt().isEmpty() ? unescape(p.after()) : p.prompt());
            out.note(out.file(), p.line(), id, "a missing-word question: a cloze, prompt '" + CLOZE_PROMPT + "'");
            dropped(p, raws, id);
            out.add(new ClozeQuestion(
                    out.base(id, "cloze", CLOZE_PROMPT, null, null, general, null, null),
                    cloze(p, "[[" + String.join("|", accept) + "]]"),
                    false,
                    List.of()));
            return;
        }
        String id = out.id(p.title(), p.prompt());
        dropped(p, raws, id);
        out.add(new ShortQuestion(out.base(id, "short", p.prompt(), null, null, general, null, null), accept, 0));
    }

    private void dropped(Parsed p, List<Raw> raws, String id) {
        long partial = raws.stream().filter(r -> !r.full()).count();
        if (partial > 0) {
            out.note(out.file(), p.line(), id, partial + " answers with partial credit were dropped");
        }
        if (raws.stream().anyMatch(r -> r.feedback() != null)) {
            out.note(out.file(), p.line(), id, "per-answer feedback was dropped: short answers have none");
        }
    }

    private void match(Parsed p, List<Raw> raws, String general, int line) {
        if (p.missingWord()) {
            out.problem(line, "a matching answer block inside the text cannot be a blank: not imported");
            return;
        }
        List<MatchPair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (Raw r : raws) {
            int arrow = indexOf(r.text(), "->", 0);
            if (r.marker() != '=' || arrow < 0) {
                out.problem(r.line(), "every answer of a matching question is '=left -> right': not imported");
                return;
            }
            String left = text(r.text().substring(0, arrow), p.format());
            String right = text(r.text().substring(arrow + 2), p.format());
            if (right.isEmpty()) {
                out.problem(r.line(), "a pair without a right-hand text: not imported");
                return;
            }
            if (left.isEmpty()) {
                distractors.add(right);
            } else {
                pairs.add(new MatchPair(left, right));
            }
        }
        String id = out.id(p.title(), p.prompt());
        if (raws.stream().anyMatch(r -> r.feedback() != null)) {
            out.note(out.file(), p.line(), id, "per-pair feedback was dropped: matching has none");
        }
        out.add(new MatchQuestion(
                out.base(id, "match", p.prompt(), null, null, general, null, null), pairs, distractors));
    }

    static String optionId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    /** The text of a part: unescaped, HTML turned to text when the format says so, white space collapsed. */
    static String text(String raw, String format) {
        String s = unescape(raw);
        if ("html".equals(format)) {
            s = Jsoup.parse(s).text();
        }
        return s.replaceAll("\\s+", " ").strip();
    }

    /** As {@link #text} but keeping one space at either end where the source had white space. */
    private static String inline(String raw, String format) {
        String t = text(raw, format);
        String u = unescape(raw);
        if (t.isEmpty()) {
            return u.isEmpty() ? "" : " ";
        }
        boolean leading = !u.isEmpty() && Character.isWhitespace(u.charAt(0));
        boolean trailing = !u.isEmpty() && Character.isWhitespace(u.charAt(u.length() - 1));
        return (leading ? " " : "") + t + (trailing ? " " : "");
    }

    /** The index of the first unescaped occurrence of the target from {@code from}, or −1. */
    static int indexOf(String s, String target, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Resolves GIFT escapes: {@code \~ \= \# \{ \} \:} and {@code \\}, and {@code \n} as a line break. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if ("~=#{}:\\".indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                } else if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
