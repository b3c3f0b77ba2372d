package app.lectern.article;

/**
 * A section proposed from an article, for the teacher to adjust before it becomes a module's section.
 *
 * @param id a slug, unique among the proposal's sections (see {@link SectionProposal#slug})
 * @param title the heading it came from, or a proposal made of the first words of its text
 * @param body the section's text as Markdown, its blocks separated by blank lines
 * @param provisionalTitle whether the title is only a proposal (made of the first words) that the teacher should
 *     replace
 */
public record ProposedSection(String id, String title, String body, boolean provisionalTitle) {

    /** The number of words of the body. */
    public int words() {
        return Text.words(body);
    }
}
