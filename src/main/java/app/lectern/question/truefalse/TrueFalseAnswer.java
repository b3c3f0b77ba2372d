package app.lectern.question.truefalse;

import app.lectern.question.Answer;

/** Whether the learner judged the statement true. */
public record TrueFalseAnswer(Boolean value) implements Answer {}
