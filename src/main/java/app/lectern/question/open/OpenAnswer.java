package app.lectern.question.open;

import app.lectern.question.Answer;

/** The text the learner wrote. */
public record OpenAnswer(String text) implements Answer {}
