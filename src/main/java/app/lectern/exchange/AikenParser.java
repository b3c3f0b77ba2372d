package app.lectern.exchange;

import app.lectern.question.Option;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Aiken text: a question (one or more lines), options {@code A.} or {@code A)} in letter order, then
 * {@code ANSWER: X}. Each becomes a {@code single} question; a malformed question is reported and skipped.
 */
final class AikenParser {

    private static final Pattern OPTION = Pattern.compile("^([A-Za-z])[.)]\\s+(.*\\S)\\s*$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(\\S*)\\s*$", Pattern.CASE_INSENSITIVE);

    private final Drafts out;
    private final List<String> prompt = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private int first;
    private boolean broken;

    private AikenParser(Drafts out) {
        this.out = out;
    }

    /** Parses an Aiken file into single-choice questions, problems and notes; never throws for any input. */
    static ImportResult parse(String file, byte[] bytes, Set<String> taken) {
        Drafts out = new Drafts(file, taken);
        TextFile.decode(bytes, out).ifPresent(text -> new AikenParser(out).parse(text));
        return out.result();
    }

    private void parse(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                // blank lines stand between questions: a question still open here is incomplete
                if (!prompt.isEmpty() || broken) {
                    if (!broken) {
                        out.problem(
                                first,
                                options.isEmpty()
                                        ? "a question without options (A. …) before the blank line: not imported"
                                        : "the question has no 'ANSWER: X' line: not imported");
                    }
                    reset();
                }
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (out.full(number)) {
                    return;
                }
                finish(answer.group(1), number);
            } else if (broken) {
                continue;
            } else if (option.matches() && !prompt.isEmpty()) {
                char expected = (char) ('A' + options.size());
                if (Character.toUpperCase(option.group(1).charAt(0)) != expected) {
                    fail(number, "option " + option.group(1) + " where " + expected + " was expected");
                } else {
                    options.add(option.group(2).strip());
                }
            } else if (options.isEmpty()) {
                if (prompt.isEmpty()) {
                    first = number;
                }
                prompt.add(line);
            } else {
                fail(number, "a line that is neither an option (A. …) nor 'ANSWER: X'");
            }
        }
        if (!prompt.isEmpty() && !broken) {
            out.problem(first, "the question has no 'ANSWER: X' line: not imported");
        }
    }

    private void fail(int line, String message) {
        if (!broken) {
            out.problem(line, message + ": question not imported");
            broken = true;
        }
        if (prompt.isEmpty()) {
            first = line;
        }
    }

    private void finish(String letter, int line) {
        try {
            if (broken) {
                return;
            }
            if (prompt.isEmpty()) {
                out.problem(line, "an ANSWER line without a question");
                return;
            }
            if (options.size() < 2) {
                out.problem(first, "fewer than 2 options (A. …, B. …): not imported");
                return;
            }
            int key = letter.length() == 1 ? Character.toUpperCase(letter.charAt(0)) - 'A' : -1;
            if (key < 0 || key >= options.size()) {
                out.problem(
                        line,
                        "'ANSWER: " + letter + "' names no option (A–" + (char) ('A' + options.size() - 1)
                                + "): not imported");
                return;
            }
            String text = String.join(" ", prompt);
            List<Option> opts = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                opts.add(new Option(GiftParser.optionId(i), options.get(i), null));
            }
            String id = out.id(null, text);
            if (opts.size() > 8) {
                out.note(out.file(), first, id, opts.size() + " options: Lectern allows at most 8, remove some");
            }
            out.add(new SingleQuestion(
                    out.base(id, "single", text, null, null, null, null, null), opts, GiftParser.optionId(key)));
        } finally {
            reset();
        }
    }

    private void reset() {
        prompt.clear();
        options.clear();
        broken = false;
    }
}
