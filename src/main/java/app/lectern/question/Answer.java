package app.lectern.question;

/** A learner's response to one question; each question type has its own answer record. */
public interface Answer {}
