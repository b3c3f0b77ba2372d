// Highlights and notes in the reader (ReaderNotes.java). Selected words in #article-body offer a small toolbar
// (three labelled colours, "Add note"); the learner's highlights are drawn with the CSS Custom Highlight API, so
// the article's DOM, which Vaadin owns, is never changed. Offsets count characters of the section's text with white
// space collapsed exactly as the server's SectionText does: text nodes in order, leading white space dropped, every
// run of \s one space.

const COLOURS = ['important', 'question', 'evidence'];
const NEAR = 200;
const state = { host: null, body: null, section: null, notes: [], pending: null, timer: 0, shownFor: null, offered: true };

function collapsed(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const map = []; // per collapsed character: node, offset
  let text = '';
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    for (let i = 0; i < value.length; i++) {
      if (/\s/.test(value[i])) {
        if (lastWasSpace) continue;
        text += ' ';
        lastWasSpace = true;
      } else {
        text += value[i];
        lastWasSpace = false;
      }
      map.push(node, i);
    }
  }
  return { text, map };
}

/** The selected words as the server checks them: the quote and where it starts in the collapsed text. */
function fromRange(root, range) {
  const { text, map } = collapsed(root);
  let start = -1;
  let end = -1;
  for (let k = 0; k < text.length; k++) {
    const node = map[2 * k];
    const i = map[2 * k + 1];
    if (range.comparePoint(node, i) === 0 && range.comparePoint(node, i + 1) === 0) {
      if (start < 0) start = k;
      end = k + 1;
    }
  }
  if (start < 0) return null;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return end > start ? { quote: text.slice(start, end), offset: start } : null;
}

/** Where a stored quote is now: at its offset, or its occurrence nearest to it. */
function locate(text, quote, offset) {
  if (text.startsWith(quote, offset)) return offset;
  let best = -1;
  for (let at = text.indexOf(quote, Math.max(0, offset - NEAR)); at >= 0 && at <= offset + NEAR;
    at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - offset) < Math.abs(best - offset)) best = at;
  }
  return best;
}

function toRange(collapsedText, note) {
  const { text, map } = collapsedText;
  const at = locate(text, note.quote, note.offset);
  if (at < 0) return null;
  const last = at + note.quote.length - 1;
  const range = document.createRange();
  range.setStart(map[2 * at], map[2 * at + 1]);
  range.setEnd(map[2 * last], map[2 * last + 1] + 1);
  return range;
}

function draw() {
  if (!state.body || !window.CSS || !CSS.highlights) return;
  const text = collapsed(state.body);
  const ranges = {};
  COLOURS.forEach((c) => { ranges[c] = []; });
  state.notes.forEach((note) => {
    const range = toRange(text, note);
    note.range = range;
    if (range && ranges[note.colour]) ranges[note.colour].push(range);
  });
  COLOURS.forEach((c) => CSS.highlights.set('lectern-note-' + c, new Highlight(...ranges[c])));
}

function toolbar() {
  return state.host && state.host.querySelector('.notes-toolbar');
}

function hide() {
  const bar = toolbar();
  if (bar) bar.hidden = true;
  state.pending = null;
}

function place(bar, range) {
  if (window.matchMedia('(pointer: coarse)').matches) {
    bar.style.top = '';
    bar.style.left = '';
    return; // a bar at the bottom of the screen (CSS), away from the phone's own selection menu
  }
  const rect = range.getBoundingClientRect();
  const height = bar.offsetHeight;
  const width = bar.offsetWidth;
  let top = rect.bottom + 8;
  if (top + height > window.innerHeight - 4) top = Math.max(4, rect.top - height - 8);
  const left = Math.min(Math.max(4, rect.left), Math.max(4, document.documentElement.clientWidth - width - 4));
  bar.style.top = top + 'px';
  bar.style.left = left + 'px';
}

function update() {
  const bar = toolbar();
  if (!bar || !state.body || !state.body.isConnected) return;
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    // a tap on the toolbar may clear the selection before its click arrives: keep the words a moment longer
    if (!bar.contains(document.activeElement)) state.timer = setTimeout(hide, 400);
    return;
  }
  const range = selection.getRangeAt(0);
  if (!state.offered || !state.body.contains(range.commonAncestorContainer)) {
    hide();
    return;
  }
  const picked = fromRange(state.body, range);
  if (!picked) {
    hide();
    return;
  }
  state.pending = picked;
  bar.hidden = false;
  place(bar, range);
}

function later() {
  clearTimeout(state.timer);
  state.timer = setTimeout(update, 120);
}

function done() {
  const selection = document.getSelection();
  if (selection) selection.removeAllRanges();
  hide();
}

function onToolbar(event) {
  const button = event.target.closest('button');
  if (!button || !state.pending || !state.host || !state.host.$server) return;
  const { quote, offset } = state.pending;
  if (button.dataset.colour) {
    state.host.$server.mark(button.dataset.colour, quote, offset);
  } else if (button.dataset.action === 'note') {
    state.host.$server.markWithNote(quote, offset);
  }
  done();
}

function listenOnce() {
  if (window.lecternNotes.listening) return;
  window.lecternNotes.listening = true;
  document.addEventListener('selectionchange', later);
  document.addEventListener('pointerup', later);
  document.addEventListener('keyup', later);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  // A range collapses when its text leaves the page: Vaadin sets the article's HTML again when an answer opens a
  // glossary entry, and moves the view's tree while a page starts. Draw again on the text that is there now.
  new MutationObserver(() => {
    if (state.notes.some((n) => n.range && n.range.collapsed)) draw();
  }).observe(document.body, { childList: true, subtree: true });
}

function scrollTo(note) {
  if (!note || !note.range) return false;
  const rect = note.range.getBoundingClientRect();
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
  if (window.CSS && CSS.highlights) CSS.highlights.set('lectern-note-current', new Highlight(note.range));
  return true;
}

window.lecternNotes = {
  /**
   * Draws a section's highlights (notes: JSON of {id, colour, quote, offset}) and, if offered, the toolbar on its
   * text (not on a text the server cannot check words against yet).
   */
  attach(host, body, section, notes, offered) {
    state.host = host;
    state.body = body;
    state.section = section;
    state.offered = offered !== false;
    if (!state.offered) hide();
    state.notes = JSON.parse(notes);
    const bar = toolbar();
    if (bar && !bar.dataset.wired) {
      bar.dataset.wired = '1';
      // keep the selection when a toolbar button is pressed
      bar.addEventListener('mousedown', (e) => e.preventDefault());
      bar.addEventListener('click', onToolbar);
    }
    listenOnce();
    draw();
    const wanted = new URLSearchParams(window.location.search).get('note');
    if (wanted && state.shownFor !== window.location.href) {
      state.shownFor = window.location.href;
      this.show(Number(wanted));
    }
  },
  /** Scrolls to a highlight and marks it as the current one. */
  show(id) {
    return scrollTo(state.notes.find((n) => n.id === id));
  },
  /** The selected words as they would be sent (for tests). */
  pending() {
    return state.pending;
  },
};
