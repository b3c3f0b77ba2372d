package app.lectern.question.multiple;

import app.lectern.question.Answer;
import java.util.Set;

/** The options the learner picked. */
public record MultipleAnswer(Set<String> optionIds) implements Answer {}
