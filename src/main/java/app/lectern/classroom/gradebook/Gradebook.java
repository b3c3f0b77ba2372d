package app.lectern.classroom.gradebook;

import app.lectern.classroom.Assignment;
import java.util.List;

/**
 * Everything about an assignment's gradebook except the student rows, which are fetched page by page.
 *
 * @param assignment the assignment
 * @param columns every question of the pinned module, in reading order
 * @param summary the headline numbers
 * @param distribution ten buckets of 10 percentage points, from 0–10 to 90–100
 * @param items the analysis of every question, in column order
 * @param skills the class's result per skill the module practises, in the enum's order
 */
public record Gradebook(
        Assignment assignment,
        List<GradebookColumn> columns,
        GradebookSummary summary,
        List<ScoreBucket> distribution,
        List<ItemAnalysis> items,
        List<SkillMastery> skills) {

    /** Copies the lists. */
    public Gradebook {
        columns = List.copyOf(columns);
        distribution = List.copyOf(distribution);
        items = List.copyOf(items);
        skills = List.copyOf(skills);
    }
}
