package app.lectern.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.content.LearningModule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sections proposed for an article, and the teacher's split, merge, move and rename. */
class SectionProposalTest {

    private static Article paste(String text) {
        ArticleResult result = ArticleReader.fromPaste(text);
        assertThat(result.problem()).isNull();
        return result.article();
    }

    private static String words(int n, String word) {
        return IntStream.range(0, n).mapToObj(i -> word).collect(Collectors.joining(" ")) + ".";
    }

    @Test
    void headingsMakeTheSectionsAndTheTitleIsNotOne() {
        List<ProposedSection> sections = SectionProposal.propose(paste("""
                # China's role

                ## Partnership

                Beijing and Moscow declared a partnership.

                ### Background

                It began in 2022.

                ## Accusations

                Kyiv says otherwise.
                """));

        assertThat(sections)
                .extracting(ProposedSection::id, ProposedSection::title, ProposedSection::provisionalTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("partnership", "Partnership", false),
                        org.assertj.core.groups.Tuple.tuple("accusations", "Accusations", false));
        assertThat(sections.getFirst().body())
                .isEqualTo("Beijing and Moscow declared a partnership.\n\n### Background\n\nIt began in 2022.");
    }

    @Test
    void textBeforeTheFirstHeadingIsASectionWithAProvisionalTitle() {
        List<ProposedSection> sections = SectionProposal.propose(
                paste("An opening paragraph that sets the scene today.\n\n## Results\n\nText."));

        assertThat(sections).hasSize(2);
        assertThat(sections.getFirst().title()).isEqualTo("An opening paragraph that sets the…");
        assertThat(sections.getFirst().provisionalTitle()).isTrue();
        assertThat(sections.getFirst().id()).isEqualTo("an-opening-paragraph-that-sets-the");
    }

    @Test
    void withoutHeadingsParagraphsAreGroupedBetween120And350WordsWithoutSplittingOne() {
        String text =
                IntStream.range(0, 12).mapToObj(i -> words(70, "word" + i)).collect(Collectors.joining("\n\n"));

        List<ProposedSection> sections = SectionProposal.propose(paste(text));

        assertThat(sections).hasSize(3);
        assertThat(sections).allSatisfy(s -> assertThat(s.words()).isBetween(120, 350));
        assertThat(sections).allSatisfy(s -> assertThat(s.provisionalTitle()).isTrue());
        assertThat(String.join(
                        "\n\n", sections.stream().map(ProposedSection::body).toList()))
                .isEqualTo(text);
    }

    @Test
    void thirtyShortParagraphsMakeAFewSectionsOfWholeParagraphs() {
        String text = IntStream.range(0, 30)
                .mapToObj(i -> "Paragraph " + i + " says a short thing about the war.")
                .collect(Collectors.joining("\n\n"));

        List<ProposedSection> sections = SectionProposal.propose(paste(text));

        assertThat(sections).hasSizeBetween(1, 3);
        assertThat(sections).allSatisfy(s -> assertThat(s.words()).isLessThanOrEqualTo(350));
        assertThat(sections.stream()
                        .mapToInt(s -> SectionProposal.paragraphs(s.body()).size())
                        .sum())
                .isEqualTo(30);
        assertThat(sections).extracting(ProposedSection::id).doesNotHaveDuplicates();
    }

    @Test
    void oneHugeParagraphIsOneSection() {
        List<ProposedSection> sections = SectionProposal.propose(paste(words(3_000, "long")));

        assertThat(sections).hasSize(1);
        assertThat(sections.getFirst().words()).isEqualTo(3_000);
        assertThat(sections.getFirst().title()).isEqualTo("long long long long long long…");
    }

    @Test
    void moreHeadingsThanAModuleHoldsAreMergedSmallestFirstKeepingTheirHeadings() {
        String text = IntStream.range(0, 21)
                .mapToObj(i -> "## Part " + i + "\n\n" + words(i == 5 || i == 6 ? 1 : 50, "w"))
                .collect(Collectors.joining("\n\n"));

        List<ProposedSection> sections = SectionProposal.propose(paste(text));

        assertThat(sections).hasSize(LearningModule.MAX_SECTIONS);
        assertThat(sections.get(5).title()).isEqualTo("Part 5");
        assertThat(sections.get(5).body()).contains("## Part 6");
        assertThat(sections).extracting(ProposedSection::id).doesNotHaveDuplicates();
    }

    @Test
    void idsAreUniqueSlugsAndNeverAReservedId() {
        List<ProposedSection> sections = SectionProposal.propose(
                paste("## Résumé!\n\nA.\n\n## Résumé\n\nB.\n\n## Results\n\nC.\n\n## 中文\n\nD.\n\n## Submit\n\nE."));

        assertThat(sections)
                .extracting(ProposedSection::id)
                .containsExactly("resume", "resume-2", "results-2", "section", "submit-2");
    }

    @Test
    void splitMakesTwoSectionsAtABlockAndMergeUndoesIt() {
        List<ProposedSection> one =
                List.of(new ProposedSection("intro", "Intro", "First.\n\nSecond one here.\n\nThird.", false));

        List<ProposedSection> two = SectionProposal.split(one, 0, 1);

        assertThat(two)
                .containsExactly(
                        new ProposedSection("intro", "Intro", "First.", false),
                        new ProposedSection("second-one-here", "Second one here", "Second one here.\n\nThird.", true));
        assertThat(SectionProposal.merge(two, 0)).isEqualTo(one);
        assertThatThrownBy(() -> SectionProposal.split(one, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionProposal.split(one, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SectionProposal.merge(two, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moveAndRenameKeepTheOthers() {
        List<ProposedSection> three = List.of(
                new ProposedSection("a", "A", "x.", false),
                new ProposedSection("b", "B", "y.", false),
                new ProposedSection("c", "C", "z.", true));

        assertThat(SectionProposal.move(three, 2, 0))
                .extracting(ProposedSection::id)
                .containsExactly("c", "a", "b");
        List<ProposedSection> renamed = SectionProposal.rename(three, 2, "  The  answer ");
        assertThat(renamed.get(2)).isEqualTo(new ProposedSection("the-answer", "The answer", "z.", false));
        assertThat(SectionProposal.rename(three, 2, "A").get(2).id()).isEqualTo("a-2");
        assertThatThrownBy(() -> SectionProposal.rename(three, 0, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
