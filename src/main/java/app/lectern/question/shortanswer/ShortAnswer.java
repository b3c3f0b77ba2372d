package app.lectern.question.shortanswer;

import app.lectern.question.Answer;

/** The text the learner typed. */
public record ShortAnswer(String text) implements Answer {}
