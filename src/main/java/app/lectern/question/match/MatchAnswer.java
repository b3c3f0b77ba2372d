package app.lectern.question.match;

import app.lectern.question.Answer;
import java.util.Map;

/** For each left-hand text, the right-hand text the learner chose. */
public record MatchAnswer(Map<String, String> rightByLeft) implements Answer {}
