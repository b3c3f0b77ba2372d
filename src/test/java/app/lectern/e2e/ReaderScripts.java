package app.lectern.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;

/** What the reading-support ITs do in a reader page: a fake speech synthesis, selecting words, reading highlights. */
final class ReaderScripts {

    private ReaderScripts() {}

    /**
     * An init script that replaces the browser's speech synthesis (headless Chromium has no voices) with one that
     * speaks nothing and records what it was given: {@code speechSynthesis.spoken}, {@code .current}; the test ends
     * each utterance with {@code speechSynthesis.end()}.
     *
     * @param withVoices one English voice, or none
     */
    static String fakeSpeech(boolean withVoices) {
        return """
                (() => {
                  const withVoices = %s;
                  const synth = {
                    speaking: false, paused: false, pending: false, spoken: [], current: null,
                    getVoices() {
                      return withVoices ? [{name: 'Fake English', lang: 'en-US', voiceURI: 'fake-en', default: true, localService: true}] : [];
                    },
                    speak(u) { this.spoken.push(u.text); this.current = u; this.speaking = true; },
                    pause() { this.paused = true; },
                    resume() { this.paused = false; },
                    cancel() { const u = this.current; this.current = null; this.speaking = false; if (u && u.onerror) u.onerror({error: 'interrupted'}); },
                    end() { const u = this.current; this.current = null; if (u && u.onend) u.onend({}); },
                    addEventListener() {}, removeEventListener() {}
                  };
                  Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
                  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
                })();
                """.formatted(withVoices);
    }

    /**
     * Selects words {@code from} to {@code to} (exclusive) of a paragraph of the article as a finger or mouse would
     * leave them, and sends the event the notes script listens to; returns the words as the page shows them, once the
     * notes toolbar is up.
     */
    static String selectWords(Page page, int paragraph, int from, int to) {
        String words = (String) page.evaluate("""
                ([p, from, to]) => {
                  const para = document.querySelectorAll('#article-body p')[p];
                  const node = document.createTreeWalker(para, NodeFilter.SHOW_TEXT).nextNode();
                  const spans = [...node.nodeValue.matchAll(/\\S+/g)];
                  const range = document.createRange();
                  range.setStart(node, spans[from].index);
                  range.setEnd(node, spans[to - 1].index + spans[to - 1][0].length);
                  const selection = document.getSelection();
                  selection.removeAllRanges();
                  selection.addRange(range);
                  document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
                  return range.toString().replace(/\\s+/g, ' ');
                }""", List.of(paragraph, from, to));
        assertThat(page.locator(".notes-toolbar")).isVisible();
        return words;
    }

    /** The words of each range of a note colour's highlight in {@code CSS.highlights}. */
    @SuppressWarnings("unchecked")
    static List<String> highlighted(Page page, String colour) {
        return (List<String>) page.evaluate(
                "(name) => { const h = CSS.highlights.get(name); return h ? [...h].map(r => r.toString()"
                        + ".replace(/\\s+/g, ' ')) : []; }",
                "lectern-note-" + colour);
    }
}
