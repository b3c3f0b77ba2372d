package app.lectern.question.categorize;

import app.lectern.question.Answer;
import java.util.Map;

/** For each item (by its index in the file), the category id the learner put it in. */
public record CategorizeAnswer(Map<Integer, String> categoryByItem) implements Answer {}
