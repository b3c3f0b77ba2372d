// Read aloud (issue 15): our own small wrapper over the Web Speech API.
//
// <lectern-read-aloud> builds its controls in the browser, because only the browser knows its voices. It reads the
// section the page shows (and, if asked, the visible questions and options), one sentence per utterance (Chrome
// cuts long utterances), and marks the sentence being read with the CSS Custom Highlight API, so Vaadin's DOM is
// never changed. It reads only what is shown: nothing hidden, aria-hidden, display:none, visually hidden or inside
// a closed <details> — so never a key, which the server does not send anyway.
//
// Texts come from the server as data-label-* attributes; the speed from the attribute `rate` (percent). A change
// of speed is sent to the server as the event `lectern-reading-rate` (detail.rate, percent), which checks it.
// Test hook: window.lecternReadAloud.state() → {queue, current, highlighted, speaking, paused, message}.

const HIGHLIGHT = 'lectern-reading';
const RATES = [50, 75, 100, 125, 150, 200];
const VOICE_KEY = 'lectern-read-aloud-voice';
const SKIP = 'script, style, template, button, input, select, textarea, lectern-read-aloud, .reading-bar, .visually-hidden, [hidden], [aria-hidden="true"], [inert]';
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, blockquote, figcaption, td, th, label, legend, summary, pre';

let active = null;

/** Whether an element and its ancestors up to the root are shown. */
function shown(el, root) {
  for (let e = el; e && e !== root.parentElement; e = e.parentElement) {
    if (e.matches(SKIP)) {
      return false;
    }
    // the content of a closed <details> is not shown; its summary is
    if (e.parentElement && e.parentElement.localName === 'details' && !e.parentElement.open && e.localName !== 'summary') {
      return false;
    }
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden') {
      return false;
    }
  }
  return true;
}

function langOf(node) {
  const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const withLang = el && el.closest('[lang]');
  return (withLang && withLang.getAttribute('lang')) || document.documentElement.lang || 'en';
}

/** The shown text of a root as sentences: {text, range, lang}, a sentence never crossing a block. */
export function sentences(root) {
  const blocks = new Map();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeValue.trim() === '' || !n.parentElement || !shown(n.parentElement, root)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const block = n.parentElement.closest(BLOCK) || n.parentElement;
    if (!blocks.has(block)) {
      blocks.set(block, []);
    }
    blocks.get(block).push(n);
  }
  const out = [];
  for (const nodes of blocks.values()) {
    let text = '';
    const starts = [];
    for (const n of nodes) {
      starts.push(text.length);
      text += n.nodeValue;
    }
    const lang = langOf(nodes[0]);
    const at = (offset, end) => {
      let i = 0;
      while (i + 1 < nodes.length && (end ? starts[i + 1] < offset : starts[i + 1] <= offset)) {
        i++;
      }
      return [nodes[i], Math.min(offset - starts[i], nodes[i].nodeValue.length)];
    };
    for (const part of segment(text, lang)) {
      const lead = part.segment.length - part.segment.trimStart().length;
      const trimmed = part.segment.trim();
      if (!trimmed) {
        continue;
      }
      const startOffset = part.index + lead;
      const endOffset = startOffset + trimmed.length;
      const range = document.createRange();
      range.setStart(...at(startOffset, false));
      range.setEnd(...at(endOffset, true));
      out.push({ text: trimmed.replace(/\s+/g, ' '), range, lang });
    }
  }
  return out;
}

function segment(text, lang) {
  if (typeof Intl !== 'undefined' && Intl.Segmenter) {
    try {
      return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)];
    } catch (e) {
      // an unknown language tag: fall through to the default segmentation
    }
  }
  const parts = [];
  const re = /[^.!?]+[.!?]*\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    parts.push({ segment: m[0], index: m.index });
  }
  return parts;
}

/** Voices for a language first (same language, then same primary language), then the rest. */
export function orderVoices(voices, lang) {
  const primary = (lang || '').toLowerCase().split('-')[0];
  const rank = (v) => {
    const l = (v.lang || '').toLowerCase().replace('_', '-');
    if (l === (lang || '').toLowerCase()) return 0;
    if (l.split('-')[0] === primary) return 1;
    return 2;
  };
  return [...voices].sort((a, b) => rank(a) - rank(b));
}

/** Whether two language tags name the same language (en-GB and en, uk-UA and uk). */
function sameLanguage(a, b) {
  const base = (tag) => String(tag || '').split(/[-_]/)[0].toLowerCase();
  return base(a) === base(b);
}

class LecternReadAloud extends HTMLElement {
  static get observedAttributes() {
    return ['rate'];
  }

  constructor() {
    super();
    this.queue = [];
    this.current = -1;
    this.speaking = false;
    this.paused = false;
    this.message = '';
    this.run = 0;
  }

  label(name) {
    return this.getAttribute(`data-label-${name}`) || name;
  }

  connectedCallback() {
    active = this;
    // after the current task, so every attribute Flow sets with the element is there
    Promise.resolve().then(() => this.build());
  }

  build() {
    if (this.built || !this.isConnected) {
      return;
    }
    this.built = true;
    const id = `read-aloud-${Math.random().toString(36).slice(2, 8)}`;
    this.innerHTML = '';
    const controls = document.createElement('div');
    controls.className = 'read-aloud-controls';
    this.playButton = this.button('play', () => this.playPause());
    this.stopButton = this.button('stop', () => this.stop());
    this.stopButton.hidden = true;
    this.rateSelect = document.createElement('select');
    this.rateSelect.id = `${id}-rate`;
    for (const r of RATES) {
      this.rateSelect.add(new Option(`${(r / 100).toLocaleString(document.documentElement.lang || undefined)}×`, String(r)));
    }
    this.rateSelect.value = this.getAttribute('rate') || '100';
    this.rateSelect.addEventListener('change', () => {
      const rate = Number(this.rateSelect.value);
      this.dispatchEvent(new CustomEvent('lectern-reading-rate', { detail: { rate } }));
    });
    this.voiceSelect = document.createElement('select');
    this.voiceSelect.id = `${id}-voice`;
    this.voiceSelect.addEventListener('change', () => {
      try {
        localStorage.setItem(VOICE_KEY, this.voiceSelect.value);
      } catch (e) {
        // storage refused (private mode): the choice lasts for this page only
      }
    });
    const questions = document.createElement('input');
    questions.type = 'checkbox';
    questions.id = `${id}-questions`;
    this.questionsBox = questions;
    // speed, voice and "also the questions" behind a disclosure: on a phone the bar stays one or two rows high
    const options = document.createElement('details');
    options.className = 'read-aloud-options';
    const summary = document.createElement('summary');
    summary.textContent = this.label('options');
    const fields = document.createElement('div');
    fields.className = 'read-aloud-option-fields';
    fields.append(
      this.labelled(this.rateSelect, 'speed'),
      this.labelled(this.voiceSelect, 'voice'),
      this.labelled(questions, 'questions', true),
    );
    options.append(summary, fields);
    controls.append(this.playButton, this.stopButton, options);
    this.status = document.createElement('p');
    this.status.className = 'read-aloud-status';
    this.status.setAttribute('role', 'status');
    this.append(controls, this.status);
    if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') {
      this.unavailable('unsupported');
      return;
    }
    this.fillVoices();
    speechSynthesis.addEventListener('voiceschanged', () => this.fillVoices());
  }

  disconnectedCallback() {
    // leaving the section (Vaadin replaces the bar) stops reading it
    if (this.speaking) {
      this.stop();
    }
    if (active === this) {
      active = null;
    }
  }

  attributeChangedCallback(name, old, value) {
    if (name === 'rate' && this.rateSelect && value) {
      this.rateSelect.value = value;
    }
  }

  button(name, action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `read-aloud-${name}`;
    b.textContent = this.label(name);
    b.addEventListener('click', action);
    return b;
  }

  labelled(control, name, after) {
    const label = document.createElement('label');
    label.htmlFor = control.id;
    label.textContent = this.label(name);
    const wrap = document.createElement('span');
    wrap.className = `read-aloud-field read-aloud-${name}-field`;
    if (after) {
      wrap.append(control, label);
    } else {
      wrap.append(label, control);
    }
    return wrap;
  }

  unavailable(message) {
    this.playButton.disabled = true;
    this.rateSelect.disabled = true;
    this.voiceSelect.disabled = true;
    this.questionsBox.disabled = true;
    this.say(message);
  }

  say(message, ...args) {
    this.message = message ? args.reduce((t, a, i) => t.replace(`{${i}}`, a), this.label(message)) : '';
    this.status.textContent = this.message;
  }

  textLang() {
    const text = this.text();
    return text ? langOf(text) : document.documentElement.lang || 'en';
  }

  fillVoices() {
    const voices = speechSynthesis.getVoices();
    let stored = null;
    try {
      stored = localStorage.getItem(VOICE_KEY);
    } catch (e) {
      // no storage: the default voice
    }
    const chosen = this.voiceSelect.value || stored || '';
    this.voiceSelect.textContent = '';
    this.voiceSelect.add(new Option(this.label('voice-default'), ''));
    for (const v of orderVoices(voices, this.textLang())) {
      this.voiceSelect.add(new Option(`${v.name} (${v.lang})`, v.voiceURI));
    }
    this.voiceSelect.value = voices.some((v) => v.voiceURI === chosen) ? chosen : '';
    this.voiceSelect.disabled = voices.length === 0;
  }

  reader() {
    return this.closest('.reader') || document;
  }

  /** The section text read: a translation shown beside the original when the learner chose one, else the article. */
  text() {
    const article = this.reader().querySelector('.section-article');
    return (article && article.querySelector('.article-translation')) || article;
  }

  collect() {
    const root = this.reader();
    const parts = [this.text()];
    if (this.questionsBox.checked) {
      parts.push(root.querySelector('.questions'));
    }
    return parts.filter(Boolean).flatMap((p) => sentences(p));
  }

  playPause() {
    if (this.speaking && !this.paused) {
      speechSynthesis.pause();
      this.paused = true;
      this.playButton.textContent = this.label('resume');
      this.say('paused');
      return;
    }
    if (this.speaking && this.paused) {
      speechSynthesis.resume();
      this.paused = false;
      this.playButton.textContent = this.label('pause');
      this.say('reading', this.current + 1, this.queue.length);
      return;
    }
    this.start();
  }

  async start() {
    if (speechSynthesis.getVoices().length === 0) {
      // some browsers load their voices only when first asked: wait a moment for them
      await new Promise((resolve) => {
        const done = () => {
          speechSynthesis.removeEventListener('voiceschanged', done);
          resolve();
        };
        speechSynthesis.addEventListener('voiceschanged', done);
        setTimeout(done, 1000);
      });
      if (speechSynthesis.getVoices().length === 0) {
        this.say('no-voices');
        return;
      }
      this.fillVoices();
    }
    speechSynthesis.cancel();
    this.queue = this.collect();
    if (this.queue.length === 0) {
      this.say('nothing');
      return;
    }
    this.run++;
    this.speaking = true;
    this.paused = false;
    this.playButton.textContent = this.label('pause');
    this.stopButton.hidden = false;
    this.speak(0, this.run);
  }

  speak(index, run) {
    if (run !== this.run) {
      return;
    }
    if (index >= this.queue.length) {
      this.finish('');
      return;
    }
    this.current = index;
    const item = this.queue[index];
    this.mark(item.range);
    this.say('reading', index + 1, this.queue.length);
    const utterance = new SpeechSynthesisUtterance(item.text);
    utterance.lang = item.lang;
    utterance.rate = Number(this.rateSelect.value) / 100;
    const voice = speechSynthesis.getVoices().find((v) => v.voiceURI === this.voiceSelect.value);
    // the chosen voice reads text of its own language; other text (English questions after a Ukrainian
    // translation) gets the browser's voice for the utterance's language
    if (voice && sameLanguage(voice.lang, item.lang)) {
      utterance.voice = voice;
    }
    utterance.onend = () => this.speak(index + 1, run);
    utterance.onerror = (e) => {
      if (e.error !== 'interrupted' && e.error !== 'canceled') {
        this.speak(index + 1, run);
      }
    };
    speechSynthesis.speak(utterance);
  }

  stop() {
    // Stop hides itself: keep the keyboard user's place on the play button
    const hadFocus = document.activeElement === this.stopButton;
    this.run++;
    speechSynthesis.cancel();
    this.finish('stopped');
    if (hadFocus) {
      this.playButton.focus();
    }
  }

  finish(message) {
    this.speaking = false;
    this.paused = false;
    this.current = -1;
    this.mark(null);
    this.playButton.textContent = this.label('play');
    this.stopButton.hidden = true;
    this.say(message);
  }

  mark(range) {
    this.highlighted = range ? range.toString().trim().replace(/\s+/g, ' ') : '';
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') {
      return; // no Custom Highlight API: reading works, unmarked
    }
    if (range) {
      CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    } else {
      CSS.highlights.delete(HIGHLIGHT);
    }
  }

  state() {
    return {
      queue: this.queue.map((s) => s.text),
      current: this.current,
      highlighted: this.highlighted || '',
      speaking: this.speaking,
      paused: this.paused,
      message: this.message,
    };
  }
}

if (!customElements.get('lectern-read-aloud')) {
  customElements.define('lectern-read-aloud', LecternReadAloud);
}

window.lecternReadAloud = {
  state: () =>
    active
      ? active.state()
      : { queue: [], current: -1, highlighted: '', speaking: false, paused: false, message: '' },
};
