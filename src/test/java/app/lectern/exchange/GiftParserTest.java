package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Question;
import app.lectern.content.Skill;
import app.lectern.question.Option;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    private static ImportResult read(byte[] bytes) {
        return QuestionImport.read(Format.GIFT, "quiz.gift", bytes, Set.of());
    }

    private static ImportResult read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private final ImportResult all = read(Fixtures.bytes("all-constructs.gift"));

    private Question question(int index) {
        return all.questions().get(index);
    }

    @Test
    void everyConstructOfTheFixtureBecomesAQuestion() {
        assertThat(all.questions())
                .extracting(q -> q.base().type())
                .containsExactly(
                        "single",
                        "multiple",
                        "true-false",
                        "true-false",
                        "true-false",
                        "true-false",
                        "short",
                        "numeric",
                        "numeric",
                        "numeric",
                        "match",
                        "cloze",
                        "cloze",
                        "open",
                        "true-false",
                        "short",
                        "single");
        // the category is the only construct reported, at its line
        assertThat(all.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("category '$course$/History/Rivers' ignored");
        });
    }

    @Test
    void multipleChoiceWithFeedbackGeneralFeedbackAndTitle() {
        SingleQuestion q = (SingleQuestion) question(0);
        assertThat(q.id()).isEqualTo("paris-river");
        assertThat(q.base().prompt()).isEqualTo("Which river flows through Paris?");
        assertThat(q.options()).extracting(Option::text).containsExactly("Seine", "Rhine", "Danube");
        assertThat(q.answer()).isEqualTo("a");
        assertThat(q.options().get(0).feedback()).isEqualTo("Right: Paris lies on the Seine.");
        assertThat(q.options().get(2).feedback()).isNull();
        assertThat(q.base().explanation()).isEqualTo("The Seine runs through the centre of Paris.");
        assertThat(q.base().skill()).isEqualTo(Skill.RECALL);
    }

    @Test
    void weightedAnswersBecomeAMultipleChoiceWithANote() {
        MultipleQuestion q = (MultipleQuestion) question(1);
        assertThat(q.answers()).containsExactly("a", "b");
        assertThat(q.options()).extracting(Option::text).containsExactly("Red", "Blue", "Green");
        assertThat(all.notes()).anyMatch(n -> n.contains(q.id()) && n.contains("%weights% were not kept"));
    }

    @Test
    void trueFalseInEverySpellingWithItsFeedback() {
        TrueFalseQuestion sun = (TrueFalseQuestion) question(2);
        assertThat(sun.answer()).isTrue();
        assertThat(sun.base().explanation()).isEqualTo("It rises in the east everywhere on Earth.");
        TrueFalseQuestion moon = (TrueFalseQuestion) question(3);
        assertThat(moon.answer()).isFalse();
        assertThat(moon.base().explanation()).isEqualTo("Right, it is rock.");
        assertThat(all.notes()).anyMatch(n -> n.contains(moon.id()) && n.contains("wrong answer was dropped"));
        assertThat(((TrueFalseQuestion) question(4)).answer()).isTrue();
        assertThat(((TrueFalseQuestion) question(5)).answer()).isFalse();
    }

    @Test
    void shortAnswerKeepsFullyRightAnswersAndNotesPartialOnes() {
        ShortQuestion q = (ShortQuestion) question(6);
        assertThat(q.accept()).containsExactly("Tokyo", "Tōkyō");
        assertThat(all.notes()).anyMatch(n -> n.contains(q.id()) && n.contains("1 answers with partial credit"));
    }

    @Test
    void numericValueToleranceAndRange() {
        NumericQuestion exact = (NumericQuestion) question(7);
        assertThat(exact.answer()).isEqualTo(366.0);
        assertThat(exact.tolerance()).isZero();
        NumericQuestion pi = (NumericQuestion) question(8);
        assertThat(pi.answer()).isEqualTo(3.14);
        assertThat(pi.tolerance()).isEqualTo(0.005);
        NumericQuestion range = (NumericQuestion) question(9);
        assertThat(range.answer()).isEqualTo(3.0);
        assertThat(range.tolerance()).isEqualTo(2.0);
    }

    @Test
    void matchingPairs() {
        MatchQuestion q = (MatchQuestion) question(10);
        assertThat(q.pairs())
                .containsExactly(
                        new MatchPair("France", "Paris"),
                        new MatchPair("Japan", "Tokyo"),
                        new MatchPair("Italy", "Rome"));
    }

    @Test
    void missingWordBecomesACloze() {
        ClozeQuestion choice = (ClozeQuestion) question(11);
        assertThat(choice.text()).isEqualTo("Moodle costs [[nothing]] to download.");
        assertThat(choice.bank()).isTrue();
        assertThat(choice.distractors()).containsExactly("lots of money", "a small amount");
        assertThat(choice.base().prompt()).isEqualTo(GiftParser.CLOZE_PROMPT);
        ClozeQuestion typed = (ClozeQuestion) question(12);
        assertThat(typed.text()).isEqualTo("The Loire is the longest [[river|stream]] in France.");
        assertThat(typed.bank()).isFalse();
    }

    @Test
    void essayBecomesAnOpenQuestionThatAsksForAModelAnswer() {
        OpenQuestion q = (OpenQuestion) question(13);
        assertThat(q.base().prompt()).isEqualTo("Write about your summer.");
        assertThat(q.modelAnswer()).isNull();
        assertThat(all.notes()).anyMatch(n -> n.contains(q.id()) && n.contains("model answer"));
    }

    @Test
    void formatsMarkdownKeptHtmlTurnedToText() {
        assertThat(question(14).base().prompt()).isEqualTo("Is **this** bold text a question?");
        ShortQuestion html = (ShortQuestion) question(15);
        assertThat(html.base().prompt()).isEqualTo("What does HTML stand for?");
    }

    @Test
    void escapesAreLiteral() {
        SingleQuestion q = (SingleQuestion) question(16);
        assertThat(q.base().prompt()).isEqualTo("What is 1 + 1 = 2 {in maths} : true? Escapes: ~ # = are literal.");
        assertThat(q.options()).extracting(Option::text).containsExactly("yes=sure", "no#way");
    }

    @Test
    void everyUnmappableConstructIsReportedAtItsLine() {
        ImportResult r = read(Fixtures.bytes("unmappable.gift"));
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .extracting(ImportProblem::line, p -> p.message().substring(0, 20))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "no answer block {…}:"),
                        org.assertj.core.groups.Tuple.tuple(4, "a numeric answer ins"),
                        org.assertj.core.groups.Tuple.tuple(6, "a missing word with "),
                        org.assertj.core.groups.Tuple.tuple(12, "'{' is not closed wi"),
                        org.assertj.core.groups.Tuple.tuple(14, "a second answer bloc"),
                        org.assertj.core.groups.Tuple.tuple(16, "no question text: no"),
                        org.assertj.core.groups.Tuple.tuple(18, "'{' inside an answer"));
    }

    @Test
    void idsAreUniqueAgainstTakenIdsAndEachOther() {
        ImportResult r = QuestionImport.read(
                Format.GIFT,
                "q.gift",
                "::Capital::Q1 {=a}\n\n::Capital::Q2 {=b}\n\nA question with a very long prompt that goes on and on {=c}"
                        .getBytes(StandardCharsets.UTF_8),
                Set.of("capital"));
        assertThat(r.questions())
                .extracting(Question::id)
                .containsExactly("capital-2", "capital-3", "a-question-with-a-very-long-prompt-that");
    }

    @Test
    void missingExplanationsAndSkillsAreNoted() {
        ImportResult r = read("Q? {=a ~b}\n\nEssay? {}");
        assertThat(r.notes()).anyMatch(n -> n.startsWith("no explanation in the file for q:"));
        assertThat(r.notes()).anyMatch(n -> n.startsWith("2 questions have no skill"));
        assertThat(r.questions().getFirst().base().explanation()).isNull();
    }

    @Test
    void malformedInputEndsInProblems() {
        assertThat(read(new byte[] {(byte) 0xC3, (byte) 0x28}).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not UTF-8"));
        assertThat(read("Bin\u0000ary {T}").problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("U+0000"));
        assertThat(read(new byte[QuestionImport.MAX_TEXT_BYTES + 1]).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("at most 1048576"));
        assertThat(read("Q {#abc}").problems().getFirst().message()).contains("'abc' is not a number");
        assertThat(read("Q {#5..1}").problems().getFirst().message()).contains("ends below its start");
        assertThat(read("Q {~a ~b}").problems().getFirst().message()).contains("no right answer");
        assertThat(read("::unclosed title {T}").problems().getFirst().message()).contains("title");
        assertThat(read("Q {junk =a ~b}").problems().getFirst().message()).contains("text before the first answer");
    }

    @Test
    void aFileWithManyQuestionsIsCapped() {
        String many = "Q? {T}\n\n".repeat(QuestionImport.MAX_QUESTIONS + 5);
        ImportResult r = read(many);
        assertThat(r.questions()).hasSize(QuestionImport.MAX_QUESTIONS);
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than 500"));
        assertThat(List.copyOf(r.questions()).stream().map(Question::id).distinct())
                .hasSize(500);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreFine() {
        ImportResult r = read("\uFEFF// comment\r\n::T1::First? {T}\r\n\r\nSecond? {=a ~b}\r\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.questions()).extracting(Question::id).containsExactly("t1", "second");
    }

    @Test
    void theFormatIsGuessedFromTheFileName() {
        assertThat(Format.byFileName("Quiz.GIFT")).contains(Format.GIFT);
        assertThat(Format.byFileName("sheet.xlsx")).contains(Format.XLSX);
        assertThat(Format.byFileName("items.zip")).contains(Format.QTI);
        assertThat(Format.byFileName("questions.txt")).isEmpty();
    }
}
