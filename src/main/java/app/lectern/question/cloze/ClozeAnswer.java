package app.lectern.question.cloze;

import app.lectern.question.Answer;
import java.util.List;

/** What the learner wrote in each blank, in order. */
public record ClozeAnswer(List<String> blanks) implements Answer {}
