package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.Option;
import app.lectern.question.highlight.HighlightQuestion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exporting a shipped module as QTI 3.0 and importing the package gives the same questions. */
class QtiRoundTripTest {

    private static LearningModule load(String id) {
        LoadResult r = new ModuleLoader().load(Path.of("content", id, "module.yaml"));
        assertThat(r.problems()).isEmpty();
        return r.module().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"china-russia-ukraine", "reading-war-claims"})
    void everyQuestionComesBackTheSame(String moduleId) {
        LearningModule module = load(moduleId);
        List<Question> original = module.questions().toList();

        QtiExport.Result exported = QtiExport.write(module);
        assertThat(exported.notExported()).isEmpty();
        assertThat(exported.items()).isEqualTo(original.size());
        ImportResult imported = QuestionImport.read(Format.QTI, moduleId + ".zip", exported.zip(), Set.of());

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).hasSize(original.size());
        Map<String, Question> byId =
                imported.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        for (Question q : original) {
            Question back = byId.get(q.id());
            assertThat(back).as(q.id()).isNotNull();
            assertThat(back.getClass()).as(q.id()).isEqualTo(q.getClass());
            assertThat(canonical(back.base())).as(q.id()).isEqualTo(canonical(q.base()));
            if (q instanceof HighlightQuestion h) {
                // the package offers whole sentences; each key entry stands inside the sentence that came back
                HighlightQuestion hb = (HighlightQuestion) back;
                assertThat(hb.sentences()).as(q.id()).hasSameSizeAs(h.sentences());
                for (int i = 0; i < h.sentences().size(); i++) {
                    assertThat(hb.sentences().get(i))
                            .as(q.id())
                            .contains(Markdown.collapse(h.sentences().get(i)));
                }
                assertThat(hb.follows()).isEqualTo(h.follows());
            } else {
                assertThat(canonical(back)).as(q.id()).isEqualTo(canonical(q));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"china-russia-ukraine"})
    void thePackageIsQti3WithAManifestAndHottextForHighlights(String moduleId) throws IOException {
        QtiExport.Result exported = QtiExport.write(load(moduleId));
        List<String> names = new ArrayList<>();
        String highlight = null;
        String manifest = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(exported.zip()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.contains("qti-hottext-interaction")) {
                    highlight = text;
                }
                if (e.getName().equals("imsmanifest.xml")) {
                    manifest = text;
                }
            }
        }
        assertThat(names)
                .contains("imsmanifest.xml")
                .allMatch(n -> n.equals("imsmanifest.xml") || n.startsWith("items/"));
        assertThat(manifest).contains("type=\"imsqti_item_xmlv3p0\"").contains(Qti.MANIFEST_NS);
        assertThat(highlight).isNotNull().contains(Qti.NS).contains("<qti-hottext identifier=\"S1\">");
    }

    /**
     * A question as text with white space collapsed (XML text does not keep line breaks) and no {@code use} (an item
     * does not carry it: the result's notes say so).
     */
    private static String canonical(Object record) {
        if (record instanceof QuestionBase b) {
            record = new QuestionBase(
                    b.id(), b.type(), b.prompt(), b.points(), b.skill(), b.explanation(), b.evidence(), b.hint());
        }
        return record.toString().replaceAll("\\s+", " ").replaceAll("use=(ASSESSMENT|PRACTICE)", "use=null");
    }

    @SuppressWarnings("unused")
    private static List<String> texts(List<Option> options) {
        return options.stream().map(Option::text).toList();
    }
}
