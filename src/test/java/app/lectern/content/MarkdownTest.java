package app.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rawHtmlIsEscapedAndScriptLinksAreDropped() {
        String html = Markdown.html("Hi <img src=x onerror=alert(1)> [click](javascript:alert(1))");

        assertThat(html).doesNotContain("<img").contains("&lt;img");
        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void plainTextCollapsesWhiteSpaceAndDropsMarkup() {
        assertThat(Markdown.plainText("A *very*\n  short   text.\n\nSecond.")).isEqualTo("A very short text. Second.");
    }

    @Test
    void sentencesSplitAtStopsAndParagraphsButNotAtWrappedLines() {
        assertThat(Markdown.sentences("Fish swim\nin their bowl. Next “one.” Then?\n\nNew paragraph"))
                .containsExactly("Fish swim in their bowl.", "Next “one.”", "Then?", "New paragraph");
    }

    @Test
    void inlineHtmlHasNoWrappingParagraph() {
        assertThat(Markdown.inlineHtml("Who says *this*?")).isEqualTo("Who says <em>this</em>?");
    }
}
