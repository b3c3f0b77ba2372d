package app.lectern.scoring;

/** A response to a question whose tries are all used up. */
public class AttemptsExhaustedException extends RuntimeException {

    /** Creates the exception for this question and try. */
    public AttemptsExhaustedException(String questionId, int attempt, int allowed) {
        super("question '" + questionId + "' allows " + allowed + " tries; this would be try " + attempt);
    }
}
