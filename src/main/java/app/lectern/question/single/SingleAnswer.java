package app.lectern.question.single;

import app.lectern.question.Answer;

/** The option the learner picked. */
public record SingleAnswer(String optionId) implements Answer {}
