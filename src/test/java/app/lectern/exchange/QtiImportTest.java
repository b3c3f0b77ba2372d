package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.question.Option;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.single.SingleQuestion;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QtiImportTest {

    private static ImportResult item(String fixture) {
        return QuestionImport.read(Format.QTI, fixture, Fixtures.bytes("qti/" + fixture), Set.of());
    }

    private static ImportResult zip(Object... entries) {
        return QuestionImport.read(Format.QTI, "package.zip", HostileFiles.zip(entries), Set.of());
    }

    private static byte[] manifest(String... hrefs) {
        StringBuilder s = new StringBuilder("<manifest xmlns=\"" + Qti.MANIFEST_NS + "\" identifier=\"m\"><resources>");
        for (String href : hrefs) {
            s.append("<resource identifier=\"r\" type=\"imsqti_item_xmlv3p0\" href=\"")
                    .append(href)
                    .append("\"/>");
        }
        return s.append("</resources></manifest>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSingleChoiceItemWithLeadInFeedbackAndScore() {
        ImportResult r = item("choice-single.xml");
        SingleQuestion q = (SingleQuestion) r.questions().getFirst();
        assertThat(q.base().prompt()).isEqualTo("Read the map first. What is the capital of France?");
        assertThat(q.options()).extracting(Option::text).containsExactly("Lyon", "Paris", "Nice");
        assertThat(q.answer()).isEqualTo(q.options().get(1).id());
        assertThat(q.options().get(0).feedback()).isEqualTo("Lyon is the third city.");
        assertThat(q.points()).isEqualTo(2.0);
        assertThat(q.base().explanation()).isEqualTo("Paris has been the capital for centuries.");
        // ITEM_Capital is no slug: the id comes from the prompt
        assertThat(q.id()).isEqualTo("read-the-map-first-what-is-the-capital");
        assertThat(r.notes()).anyMatch(n -> n.contains("image(s)") && n.startsWith("choice-single.xml:"));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aMultipleChoiceByCardinality() {
        ImportResult r = item("choice-multiple.xml");
        MultipleQuestion q = (MultipleQuestion) r.questions().getFirst();
        assertThat(q.id()).isEqualTo("primaries");
        assertThat(q.answers()).containsExactly("red", "blue");
        assertThat(r.notes()).anyMatch(n -> n.contains("mapped scores were not kept"));
    }

    @Test
    void aFloatTextEntryIsNumericWithItsTolerance() {
        NumericQuestion q = (NumericQuestion) item("text-entry.xml").questions().getFirst();
        assertThat(q.base().prompt()).isEqualTo("What is g in m/s² (two decimals)?");
        assertThat(q.answer()).isEqualTo(9.81);
        assertThat(q.tolerance()).isEqualTo(0.01);
    }

    @Test
    void inlineChoiceAndTextEntryInASentenceAreACloze() {
        ImportResult r = item("cloze-inline.xml");
        ClozeQuestion q = (ClozeQuestion) r.questions().getFirst();
        assertThat(q.base().prompt()).isEqualTo("Complete the sentence.");
        assertThat(q.text()).isEqualTo("The [[Seine]] flows into the [[Atlantic|Atlantic Ocean]].");
        assertThat(q.bank()).isTrue();
        assertThat(q.distractors()).containsExactly("Rhine");
        assertThat(r.notes()).anyMatch(n -> n.contains("merged into one word bank"));
    }

    @Test
    void interactionsLecternCannotExpressAreReportedWithTheirLine() {
        assertThat(item("slider.xml").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("qti-slider-interaction has no Lectern question type");
        });
        assertThat(item("composite.xml").problems().getFirst().message()).contains("2 interactions in one item");
        assertThat(item("qti2.xml").problems().getFirst().message()).contains("a QTI 2 item");
    }

    @Test
    void anItemWithADoctypeIsRefusedSoNoEntityIsRead() {
        ImportResult r = item("xxe.xml");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("DOCTYPE is not accepted");
            assertThat(p.message()).doesNotContain("root:");
        });
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        ImportResult r = QuestionImport.read(
                Format.QTI, "bad.xml", "<qti-assessment-item>\n<p>\n</qti-assessment-item>".getBytes(), Set.of());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("not well-formed XML");
        });
    }

    @Test
    void aPackageIsReadThroughItsManifest() {
        ImportResult r = zip(
                "imsmanifest.xml", manifest("items/a.xml", "items/missing.xml"),
                "items/a.xml", Fixtures.bytes("qti/choice-multiple.xml"));
        assertThat(r.questions()).hasSize(1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("imsmanifest.xml");
            assertThat(p.message()).contains("'items/missing.xml' is not in the archive");
        });
    }

    @Test
    void aTraversalEntryRefusesThePackage() {
        for (String name :
                new String[] {"../evil.xml", "/etc/evil.xml", "items\\evil.xml", "a/../../evil.xml", "C:/evil.xml"}) {
            ImportResult r = zip("imsmanifest.xml", manifest("a.xml"), name, new byte[] {1});
            assertThat(r.questions()).as(name).isEmpty();
            assertThat(r.problems())
                    .as(name)
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("is unsafe"));
        }
    }

    @Test
    void aManifestHrefThatLeavesThePackageIsRefused() {
        ImportResult r = zip("imsmanifest.xml", manifest("../outside.xml"), "a.xml", new byte[] {1});
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("is unsafe"));
    }

    @Test
    void zipBombsAndHugeArchivesAreRefused() {
        assertThat(QuestionImport.read(Format.QTI, "bomb.zip", HostileFiles.zipBomb(), Set.of())
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("zip bomb"));
        // a high ratio under the total cap is refused too
        byte[] ratio = HostileFiles.zip("imsmanifest.xml", new byte[5 * 1024 * 1024]);
        assertThat(QuestionImport.read(Format.QTI, "ratio.zip", ratio, Set.of())
                        .problems()
                        .getFirst()
                        .message())
                .contains("inflates more than 100 times");
        Object[] many = new Object[2 * (QuestionImport.MAX_ZIP_ENTRIES + 1)];
        for (int i = 0; i < many.length; i += 2) {
            many[i] = "e" + i + ".xml";
            many[i + 1] = new byte[0];
        }
        assertThat(zip(many).problems().getFirst().message()).contains("more than 500 entries");
        byte[] big = new byte[QuestionImport.MAX_ZIP_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        assertThat(QuestionImport.read(Format.QTI, "big.zip", big, Set.of())
                        .problems()
                        .getFirst()
                        .message())
                .contains("at most 10485760");
        assertThat(QuestionImport.read(Format.QTI, "junk.zip", new byte[] {'P', 'K', 3, 4, 9, 9}, Set.of())
                        .problems())
                .hasSize(1);
    }

    @Test
    void aPackageWithoutManifestIsReadEntryByEntry() {
        ImportResult r = zip("x.xml", Fixtures.bytes("qti/text-entry.xml"));
        assertThat(r.questions()).hasSize(1);
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no imsmanifest"));
    }
}
