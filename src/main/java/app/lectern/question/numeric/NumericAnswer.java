package app.lectern.question.numeric;

import app.lectern.question.Answer;

/** The number the learner gave. */
public record NumericAnswer(Double value) implements Answer {}
