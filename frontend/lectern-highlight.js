// Finds an evidence quote in rendered article text, marks it, scrolls to it and moves focus to it.
// The quote is matched with white space collapsed and across element boundaries (links, emphasis, terms).

const normalise = (ch) => {
  switch (ch) {
    case '\u2018': case '\u2019': return "'";
    case '\u201C': case '\u201D': return '"';
    default: return ch;
  }
};

function collapsedText(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const map = []; // per collapsed character: [textNode, offset]
  let text = '';
  let lastWasSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      if (/\s/.test(ch)) {
        if (lastWasSpace) continue;
        text += ' ';
        lastWasSpace = true;
      } else {
        text += normalise(ch).toLowerCase();
        lastWasSpace = false;
      }
      map.push([node, i]);
    }
  }
  return { text, map };
}

function clear(root) {
  root.querySelectorAll('mark.lectern-evidence').forEach((mark) => {
    const parent = mark.parentNode;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  });
}

function wrap(range) {
  // one <mark> per text node, so the quote may span links and other inline elements
  const marks = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer.nodeType === Node.TEXT_NODE
      ? range.commonAncestorContainer.parentNode : range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) nodes.push(n);
  }
  nodes.forEach((node) => {
    let start = node === range.startContainer ? range.startOffset : 0;
    let end = node === range.endContainer ? range.endOffset : node.nodeValue.length;
    if (end <= start) return;
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.nodeValue.length) target.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'lectern-evidence';
    target.parentNode.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  });
  return marks;
}

/**
 * Highlights the first occurrence of quote inside root.
 * @returns {boolean} whether the quote was found
 */
window.lecternHighlight = function lecternHighlight(root, quote) {
  if (!root || !quote) return false;
  clear(root);
  const { text, map } = collapsedText(root);
  const wanted = quote.replace(/\s+/g, ' ').trim().split('').map(normalise).join('').toLowerCase();
  const at = text.indexOf(wanted);
  if (at < 0 || wanted.length === 0) return false;
  const [startNode, startOffset] = map[at];
  const [endNode, endOffset] = map[at + wanted.length - 1];
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  const marks = wrap(range);
  if (marks.length === 0) return false;
  const first = marks[0];
  first.setAttribute('tabindex', '-1');
  const reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  first.focus({ preventScroll: true });
  return true;
};

/** Moves focus to an element by id, e.g. the heading of a newly opened section. */
window.lecternFocus = function lecternFocus(id) {
  const el = document.getElementById(id);
  if (el) {
    el.focus({ preventScroll: false });
  }
};
