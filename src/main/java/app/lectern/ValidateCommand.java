package app.lectern;

import app.lectern.content.load.FolderResult;
import app.lectern.content.load.ModuleLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * {@code validate <folder>}: checks a content folder without starting the server, for authors and CI. Prints one
 * line per problem and exits with 1, or prints a summary and exits with 0; a usage error exits with 2.
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    /**
     * Runs the command.
     *
     * @param args {@code validate <folder>}
     * @return the exit code: 0 clean, 1 with problems, 2 on a usage error
     */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 || !args[0].equals("validate")) {
            out.println("usage: java -jar lectern.jar validate <content-folder>");
            return 2;
        }
        quietLibraryLogging();
        FolderResult result = new ModuleLoader().loadFolder(Path.of(args[1]));
        result.problems().forEach(out::println);
        long questions =
                result.modules().stream().mapToLong(m -> m.questions().count()).sum();
        out.println("content: " + plural(result.modules().size(), "module") + ", " + plural(questions, "question")
                + ", " + plural(result.problems().size(), "problem"));
        return result.problems().isEmpty() ? 0 : 1;
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
