package app.lectern;

import app.lectern.content.LearningModule;
import app.lectern.content.load.FolderResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.lint.LintReport;
import app.lectern.lint.Linter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * {@code validate [--lint] [--strict] <folder>}: checks a content folder without starting the server, for authors and
 * CI. Prints one line per problem and exits with 1, or prints a summary and exits with 0; a usage error exits with 2.
 * With {@code --lint} it also runs the item-writing linter over every module without problems and prints its warnings
 * and notes; warnings fail (exit 1) only with {@code --strict}, which implies {@code --lint}.
 */
public final class ValidateCommand {

    static final String USAGE = "usage: java -jar lectern.jar validate [--lint] [--strict] <content-folder>";

    private ValidateCommand() {}

    /**
     * Runs the command.
     *
     * @param args {@code validate [--lint] [--strict] <folder>}
     * @return the exit code: 0 clean, 1 with problems (or warnings with {@code --strict}), 2 on a usage error
     */
    public static int run(String[] args, PrintStream out) {
        boolean lint = false;
        boolean strict = false;
        String folder = null;
        if (args.length < 2 || !args[0].equals("validate")) {
            out.println(USAGE);
            return 2;
        }
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--lint" -> lint = true;
                case "--strict" -> strict = true;
                default -> {
                    if (folder != null || args[i].startsWith("--")) {
                        out.println(USAGE);
                        return 2;
                    }
                    folder = args[i];
                }
            }
        }
        if (folder == null) {
            out.println(USAGE);
            return 2;
        }
        lint |= strict;
        quietLibraryLogging();
        Path contentDir = Path.of(folder);
        FolderResult result = new ModuleLoader().loadFolder(contentDir);
        result.problems().forEach(out::println);
        List<LintReport> reports = new ArrayList<>();
        if (lint) {
            Linter linter = new Linter();
            for (LearningModule m : result.modules()) {
                Path moduleFolder = contentDir.resolve(m.id());
                String file = moduleFolder.resolve(ModuleLoader.MODULE_FILE).toString();
                LintReport report = linter.lint(m, file, result.sources().get(m.id()), moduleFolder);
                report.warnings().forEach(out::println);
                report.notes().forEach(n -> out.println(file + ": note: " + n));
                reports.add(report);
            }
        }
        long questions =
                result.modules().stream().mapToLong(m -> m.questions().count()).sum();
        long warnings = reports.stream().mapToLong(r -> r.warnings().size()).sum();
        out.println("content: " + plural(result.modules().size(), "module") + ", " + plural(questions, "question")
                + ", " + plural(result.problems().size(), "problem")
                + (lint ? ", " + plural(warnings, "warning") : ""));
        return !result.problems().isEmpty() || (strict && warnings > 0) ? 1 : 0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Outside Spring, Logback would print its start-up and library INFO lines between the problems. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
