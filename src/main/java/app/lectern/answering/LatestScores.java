package app.lectern.answering;

import app.lectern.content.LearningModule;
import app.lectern.scoring.QuestionScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores that count: each question's latest response, for the module's result. */
public final class LatestScores {

    private LatestScores() {}

    /**
     * The latest response's score per question id; responses to questions the module no longer has are left out.
     *
     * @param responses each question's responses in order, by question id
     */
    public static Map<String, QuestionScore> of(
            LearningModule module, Map<String, ? extends List<? extends StoredResponse>> responses) {
        Map<String, QuestionScore> latest = new LinkedHashMap<>();
        responses.forEach((qid, list) -> module.question(qid).ifPresent(q -> {
            StoredResponse last = list.getLast();
            latest.put(
                    qid,
                    new QuestionScore(
                            qid,
                            q.skill(),
                            last.points(),
                            last.maxPoints(),
                            last.grade(),
                            last.tryNo(),
                            last.hintUsed()));
        }));
        return latest;
    }
}
