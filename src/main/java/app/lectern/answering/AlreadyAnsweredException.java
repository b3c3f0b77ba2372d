package app.lectern.answering;

/** A response to a question whose feedback already stands (answered right, out of tries, or awaiting review). */
public class AlreadyAnsweredException extends RuntimeException {

    /** Creates the exception. */
    public AlreadyAnsweredException(String message) {
        super(message);
    }
}
