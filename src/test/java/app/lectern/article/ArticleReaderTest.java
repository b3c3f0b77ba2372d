package app.lectern.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.article.Article.Block;
import app.lectern.article.Article.Block.Kind;
import app.lectern.content.Markdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Articles from pastes and files, in every format, and the hostile ones that must end in a clear message. */
class ArticleReaderTest {

    private static Article article(ArticleResult result) {
        assertThat(result.problem()).as("problem").isNull();
        return result.article();
    }

    private static String problem(ArticleResult result) {
        assertThat(result.ok()).as("read, but should have been refused").isFalse();
        assertThat(result.problem()).isNotBlank();
        return result.problem();
    }

    private static List<Kind> kinds(Article a) {
        return a.blocks().stream().map(Block::kind).toList();
    }

    private static String html(Article a) {
        return Markdown.html(
                String.join("\n\n", a.blocks().stream().map(Block::markdown).toList()));
    }

    // --- pasted text

    @Test
    void blankLinesSeparateParagraphsAndShortTitleLinesAreHeadings() {
        Article a = article(ArticleReader.fromPaste("""
                China and the war

                Beijing says it is neutral.
                Its trade with Moscow has grown.

                What the records show

                Customs data tell another story: exports of machine tools doubled.

                - drones
                - chips

                > A quote from an official,
                > on two lines.
                """));

        assertThat(a.title()).isEqualTo("China and the war");
        assertThat(a.blocks())
                .containsExactly(
                        new Block(Kind.HEADING, "## China and the war"),
                        new Block(Kind.PARAGRAPH, "Beijing says it is neutral. Its trade with Moscow has grown."),
                        new Block(Kind.HEADING, "## What the records show"),
                        new Block(Kind.PARAGRAPH, "Customs data tell another story: exports of machine tools doubled."),
                        new Block(Kind.LIST, "- drones\n- chips"),
                        new Block(Kind.QUOTE, "> A quote from an official, on two lines."));
    }

    @Test
    void markdownHeadingLinesKeepTheirLevelAndQuotesAreQuotes() {
        Article a =
                article(ArticleReader.fromPaste("# Title\n\n## Part one\n\nText *here*.\n\n> Said so.\n\nThe end."));
        assertThat(a.blocks())
                .containsExactly(
                        Block.heading(1, "Title"),
                        Block.heading(2, "Part one"),
                        new Block(Kind.PARAGRAPH, "Text *here*."),
                        new Block(Kind.QUOTE, "> Said so."),
                        new Block(Kind.PARAGRAPH, "The end."));
    }

    @Test
    void aLineThatReadsAsASentenceOrEndsTheTextIsNoHeading() {
        Article a = article(ArticleReader.fromPaste("It was a cold day.\n\nlower case start\n\nShort last line"));
        assertThat(kinds(a)).containsOnly(Kind.PARAGRAPH);
        assertThat(a.title()).isNull();
    }

    @Test
    void textWithoutBlankLinesTakesEachLineAsAParagraph() {
        Article a = article(ArticleReader.fromPaste("First paragraph here.\nSecond paragraph here.\nThird one."));
        assertThat(a.blocks()).hasSize(3);
    }

    @Test
    void controlCharactersAndDirectionOverridesAreRemoved() {
        Article a = article(ArticleReader.fromPaste("Safe\u0000 text\u202E with\u0007 bell\u200B."));
        assertThat(a.blocks().getFirst().markdown()).isEqualTo("Safe text with bell.");
    }

    @Test
    void anEmptyOrHugePasteIsRefusedWithItsSize() {
        assertThat(problem(ArticleReader.fromPaste("  \n "))).contains("Paste the article");
        assertThat(problem(ArticleReader.fromPaste("word ".repeat(40_001))))
                .contains("200,005")
                .contains("200,000");
    }

    @Test
    void moreThan2000ParagraphsAreRefused() {
        assertThat(problem(ArticleReader.fromPaste("Line.\n\n".repeat(2_001)))).contains("2,000 paragraphs");
    }

    @Test
    void htmlInAPasteStaysTextInTheReader() {
        Article a = article(ArticleReader.fromPaste("<script>alert(1)</script> and <b onclick=x>bold</b> text."));
        assertThat(html(a)).doesNotContain("<script").doesNotContain("<b").contains("&lt;script&gt;");
    }

    // --- .txt and .md

    @Test
    void aTextFileIsReadLikeAPasteInUtf8OrWindows1252() {
        Article utf8 = article(
                ArticleReader.read("a.txt", "\uFEFFKyiv’s view\n\nIt says so.".getBytes(StandardCharsets.UTF_8)));
        assertThat(utf8.title()).isEqualTo("Kyiv’s view");
        Article cp1252 = article(ArticleReader.read("b.TXT", new byte[] {'C', 'a', 'f', (byte) 0xe9, '.'}));
        assertThat(cp1252.blocks().getFirst().markdown()).isEqualTo("Café.");
    }

    @Test
    void aMarkdownFileKeepsTheSubsetAndDropsImagesAndHtml() {
        Article a = article(ArticleReader.read("article.md", """
                # The title

                Some *emphasis*, **strong** and a [link](https://example.org/a) and [bad](javascript:alert(1)).

                ![a chart](https://example.org/c.png)

                1. one
                2. two
                   - nested

                > quoted text

                <div onclick="x">raw <script>evil()</script> html</div>
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(a.title()).isEqualTo("The title");
        assertThat(a.blocks())
                .contains(
                        new Block(
                                Kind.PARAGRAPH,
                                "Some *emphasis*, **strong** and a [link](https://example.org/a) and bad."),
                        new Block(Kind.LIST, "1. one\n2. two\n   - nested"),
                        new Block(Kind.QUOTE, "> quoted text"));
        assertThat(html(a))
                .doesNotContain("javascript")
                .doesNotContain("<script")
                .doesNotContain("onclick");
        assertThat(a.notes()).anyMatch(n -> n.contains("Images")).anyMatch(n -> n.contains("HTML"));
    }

    // --- .html

    @Test
    void aWebPageKeepsItsArticleAndDropsEverythingActive() {
        String page = """
                <html><head><title>T</title><style>p{}</style><script>evil()</script></head>
                <body><nav><a href="/">Home</a> menu</nav>
                <article>
                  <h1>Why it matters</h1>
                  <p onclick="steal()">A <em>first</em> paragraph with <strong>bold</strong> and
                     <a href="https://example.org/x y" onmouseover="x()">a link</a>, <a href="javascript:evil()">no link</a>.</p>
                  <iframe src="https://evil.example"></iframe>
                  <form><input name="q"><button>Go</button></form>
                  <img src="x.png" onerror="evil()">
                  <h2>Lists</h2>
                  <ul><li>one <i>item</i></li><li>two<ul><li>inner</li></ul></li></ul>
                  <blockquote><p>Quoted words.</p></blockquote>
                  <div>Loose text in a div with 1. a number and # hash</div>
                  <p>1999. A year.</p>
                </article>
                <footer>Copyright</footer></body></html>
                """;
        Article a = article(ArticleReader.read("page.html", page.getBytes(StandardCharsets.UTF_8)));

        assertThat(a.title()).isEqualTo("Why it matters");
        assertThat(a.blocks())
                .containsExactly(
                        Block.heading(1, "Why it matters"),
                        new Block(
                                Kind.PARAGRAPH,
                                "A *first* paragraph with **bold** and [a link](https://example.org/x%20y), no link."),
                        Block.heading(2, "Lists"),
                        new Block(Kind.LIST, "- one *item*\n- two\n   - inner"),
                        new Block(Kind.QUOTE, "> Quoted words."),
                        new Block(Kind.PARAGRAPH, "Loose text in a div with 1. a number and # hash"),
                        new Block(Kind.PARAGRAPH, "1999\\. A year."));
        assertThat(html(a))
                .doesNotContain("evil")
                .doesNotContain("steal")
                .doesNotContain("onclick")
                .doesNotContain("menu")
                .doesNotContain("Copyright")
                .as("a paragraph that starts with a year is no list")
                .doesNotContain("<ol");
        assertThat(a.notes()).anyMatch(n -> n.contains("Images")).anyMatch(n -> n.contains("Scripts"));
    }

    @Test
    void deeplyNestedMarkupIsReadAsText() {
        String page = "<div>".repeat(5_000) + "deep words" + "</div>".repeat(5_000);
        Article a = article(ArticleReader.read("deep.htm", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.blocks()).extracting(Block::markdown).containsExactly("deep words");
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertThat(problem(
                        ArticleReader.read("x.html", "<script>1</script><img src=x>".getBytes(StandardCharsets.UTF_8))))
                .contains("no text");
    }

    // --- .docx

    @Test
    void aWordDocumentKeepsHeadingsParagraphsAndEmphasis() {
        byte[] docx = Docx.of(d -> {
            XWPFParagraph title = d.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("Sanctions");
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText("Exports ");
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText("rose ");
            XWPFRun bold2 = p.createRun();
            bold2.setBold(true);
            bold2.setText("sharply");
            XWPFRun italic = p.createRun();
            italic.setItalic(true);
            italic.setText(" in 2023");
            p.createRun().setText(".");
            XWPFParagraph h2 = d.createParagraph();
            h2.setStyle("Heading2");
            h2.createRun().setText("Who says so");
            d.createParagraph().createRun().setText("Officials in Kyiv.");
        });

        Article a = article(ArticleReader.read("article.docx", docx));

        assertThat(a.title()).isEqualTo("Sanctions");
        assertThat(a.blocks())
                .containsExactly(
                        Block.heading(1, "Sanctions"),
                        new Block(Kind.PARAGRAPH, "Exports **rose sharply** *in 2023*."),
                        Block.heading(2, "Who says so"),
                        new Block(Kind.PARAGRAPH, "Officials in Kyiv."));
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void aWordDocumentsListsAndTrackedChangesAreReadWithANote() {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        byte[] docx = Docx.withDocumentXml("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document %s><w:body>
                <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>A title</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>first</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>second</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>deleted </w:delText></w:r></w:del><w:ins w:id="2" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>
                </w:body></w:document>""".formatted(w));

        Article a = article(ArticleReader.read("lists.docx", docx));

        assertThat(a.blocks()).startsWith(Block.heading(1, "A title"), new Block(Kind.LIST, "- first\n- second"));
        assertThat(a.blocks().getLast().markdown()).doesNotContain("deleted");
        assertThat(a.notes()).anyMatch(n -> n.contains("tracked changes"));
    }

    @Test
    void aWordDocumentsImagesAndCommentsAreLeftOutWithANote() throws Exception {
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        byte[] docx = Docx.of(d -> {
            XWPFRun run = d.createParagraph().createRun();
            run.setText("Text beside a picture.");
            try {
                run.addPicture(
                        new java.io.ByteArrayInputStream(png),
                        org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                        "p.png",
                        100,
                        100);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            d.createComments().createComment(java.math.BigInteger.ONE);
        });

        Article a = article(ArticleReader.read("pictures.docx", docx));

        assertThat(a.blocks()).containsExactly(new Block(Kind.PARAGRAPH, "Text beside a picture."));
        assertThat(a.notes()).anyMatch(n -> n.contains("Images")).anyMatch(n -> n.contains("Comments"));
    }

    // --- hostile files

    @Test
    void aFileThatIsNotAZipOrAnOldDocIsRefusedAsSuch() {
        assertThat(problem(ArticleReader.read("x.docx", "just text".getBytes(StandardCharsets.UTF_8))))
                .contains("not a .docx");
        byte[] doc = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0, 0, 0};
        assertThat(problem(ArticleReader.read("old.docx", doc)))
                .contains(".doc")
                .contains("save it as .docx");
        assertThat(problem(ArticleReader.read("broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})))
                .contains("damaged");
    }

    @Test
    void aZipThatIsNoWordDocumentIsRefused() {
        assertThat(problem(ArticleReader.read("x.docx", Docx.zip(Map.of("hello.txt", "hi")))))
                .contains("could not be read");
    }

    @Test
    void aZipBombIsRefusedBeforePoiOpensIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(ArticleReader.MAX_FILE_BYTES);

        assertThat(problem(ArticleReader.read("bomb.docx", bytes.toByteArray())))
                .contains("zip bomb");
    }

    @Test
    void aPackageWithAPathOutsideItIsRefused() {
        for (String name : List.of("../../etc/passwd", "word/../../x.xml", "/abs.xml", "C:\\x.xml")) {
            assertThat(problem(ArticleReader.read("evil.docx", Docx.zip(Map.of(name, "x")))))
                    .as(name)
                    .contains("outside the document");
        }
    }

    @Test
    void externalEntitiesAreRefusedAndNeverRead() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>""";
        assertThat(problem(ArticleReader.read("xxe.docx", Docx.withDocumentXml(xxe))))
                .contains("document type declaration")
                .doesNotContain("root:");
    }

    @Test
    void aFileOver5MbOrOfAnotherKindIsRefusedByName() {
        assertThat(problem(ArticleReader.read("big.txt", new byte[ArticleReader.MAX_FILE_BYTES + 1])))
                .contains("big.txt")
                .contains("5 MB");
        assertThat(problem(ArticleReader.read("paper.pdf", new byte[] {1})))
                .contains(".txt, .md, .html and .docx")
                .contains("paper.pdf");
        assertThat(problem(ArticleReader.read("empty.md", new byte[0]))).contains("empty");
    }
}
