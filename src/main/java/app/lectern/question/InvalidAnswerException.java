package app.lectern.question;

/** A response whose shape does not fit its question (unknown option id, wrong number of blanks, …). */
public class InvalidAnswerException extends RuntimeException {

    /** Creates the exception with a message that says what is wrong. */
    public InvalidAnswerException(String message) {
        super(message);
    }
}
