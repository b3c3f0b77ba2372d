package app.lectern.question.order;

import app.lectern.question.Answer;
import java.util.List;

/** The item ids in the order the learner put them. */
public record OrderAnswer(List<String> itemIds) implements Answer {}
