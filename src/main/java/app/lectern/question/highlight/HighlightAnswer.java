package app.lectern.question.highlight;

import app.lectern.question.Answer;
import java.util.Set;

/** The sentences the learner picked, as offered (see {@code Markdown.sentences}). */
public record HighlightAnswer(Set<String> sentences) implements Answer {}
