package app.lectern.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The section text the server checks quotes against, collapsed as the reader's script collapses it. */
class SectionTextTest {

    @Test
    void theTextIsWhatTheReaderShowsWithWhiteSpaceCollapsed() {
        String text = SectionText.of(
                "# Title\n\nOne *two*  [three](https://example.org)\nfour.\n\n- five\n- six &amp; `seven`\n");
        assertThat(text).isEqualTo("Title One two three four. five six & seven ");
    }

    @Test
    void spacesAreJavaScriptsWhiteSpace() {
        assertThat(SectionText.collapse("\u00a0 a\u2003\u2028b\uFEFFc\u001Cd")).isEqualTo("a b c\u001Cd");
    }

    @Test
    void aQuoteIsFoundAtItsOffsetOrTheNearestOccurrence() {
        String text = "the cat and the cat and the cat";
        assertThat(NotesService.find(text, "the cat", 12)).isEqualTo(12);
        assertThat(NotesService.find(text, "the cat", 14)).isEqualTo(12);
        assertThat(NotesService.find(text, "the cat", 22)).isEqualTo(24);
        assertThat(NotesService.find(text, "dog", 0)).isEqualTo(-1);
        assertThat(NotesService.find(text, "the cat", Integer.MIN_VALUE)).isEqualTo(-1);
        assertThat(NotesService.find(text, "the cat", Integer.MAX_VALUE)).isEqualTo(-1);
    }
}
