package app.lectern.reader;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.GlossaryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionHtmlTest {

    private static final List<GlossaryEntry> GLOSSARY = List.of(
            new GlossaryEntry("missile", "A flying weapon."),
            new GlossaryEntry("ballistic missile", "A missile that falls onto its target."),
            new GlossaryEntry("sanctions", "Official penalties."));

    @Test
    void wrapsTheFirstOccurrenceOfATermAndDescribesItByItsDefinition() {
        SectionHtml.Rendered r =
                SectionHtml.render("Ukraine imposed sanctions. More sanctions followed.", GLOSSARY, "def-");

        assertThat(r.html())
                .contains("<dfn ")
                .contains("tabindex=\"0\"")
                .contains("aria-describedby=\"def-0\"")
                .contains(">sanctions</dfn>. More sanctions followed.");
        assertThat(r.html().split("<dfn", -1)).hasSize(2);
        assertThat(r.terms()).containsOnlyKeys("def-0");
        assertThat(r.terms().get("def-0").definition()).isEqualTo("Official penalties.");
    }

    @Test
    void aTermIsFoundInItsPluralButNotInsideAnotherWord() {
        assertThat(SectionHtml.termPattern("mercenary")
                        .matcher("150 Chinese mercenaries.")
                        .find())
                .isTrue();
        assertThat(SectionHtml.termPattern("sanction")
                        .matcher("It imposed sanctions.")
                        .find())
                .isTrue();
        assertThat(SectionHtml.termPattern("Kremlin")
                        .matcher("the Kremlin's view")
                        .find())
                .isTrue();
        assertThat(SectionHtml.termPattern("ally").matcher("a totally new idea").find())
                .isFalse();
    }

    @Test
    void prefersTheLongerTermAndMatchesWholeWordsIgnoringCase() {
        SectionHtml.Rendered r =
                SectionHtml.render("A Ballistic Missile hit. Missilery is not a missile.", GLOSSARY, "d");

        assertThat(r.html()).contains(">Ballistic Missile</dfn>");
        assertThat(r.html()).contains("Missilery is not a <dfn");
        assertThat(r.terms().values()).extracting(GlossaryEntry::term).containsExactly("ballistic missile", "missile");
    }

    @Test
    void keepsRawHtmlEscapedAndLeavesLinksAlone() {
        SectionHtml.Rendered r = SectionHtml.render(
                "<script>alert(1)</script>\n\nSee [sanctions](https://example.org) and *sanctions*", GLOSSARY, "d");

        assertThat(r.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(r.html()).contains("href=\"https://example.org\">sanctions</a>");
        assertThat(r.html()).contains("<em><dfn");
    }

    @Test
    void escapesDefinitionsInAttributes() {
        SectionHtml.Rendered r = SectionHtml.render(
                "sanctions", List.of(new GlossaryEntry("sanctions", "\"><img src=x onerror=alert(1)>")), "d");

        assertThat(r.html()).doesNotContain("<img");
    }
}
