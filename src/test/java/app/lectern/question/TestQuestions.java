package app.lectern.question;

import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;

/** Builds the common part of test questions. */
public final class TestQuestions {

    private TestQuestions() {}

    /** A one-point recall question base. */
    public static QuestionBase base(String id) {
        return base(id, 1.0, Skill.RECALL);
    }

    /** A question base with these points and skill. */
    public static QuestionBase base(String id, double points, Skill skill) {
        return new QuestionBase(id, "test", "Prompt of " + id + "?", points, skill, "Because.", null, null);
    }
}
