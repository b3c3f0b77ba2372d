package app.lectern.classroom.gradebook;

import app.lectern.content.Skill;

/**
 * One question of an assignment's pinned module: a column of the gradebook.
 *
 * @param number the question's position in reading order, from 1
 * @param questionId the question id
 * @param sectionTitle the title of the section the question is shown after
 * @param prompt the question's prompt as plain text
 * @param type the type name, e.g. {@code single}
 * @param skill what the question practises
 * @param maxPoints the question's points
 * @param autoScored whether it is scored automatically; {@code open} answers wait for a teacher
 */
public record GradebookColumn(
        int number,
        String questionId,
        String sectionTitle,
        String prompt,
        String type,
        Skill skill,
        double maxPoints,
        boolean autoScored) {}
