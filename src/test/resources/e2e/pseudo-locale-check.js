// PseudoLocaleIT: the visible text of a page in en-XA that carries no pseudo-locale marker (outside module
// content, which an element's lang other than the page's marks), buttons and links whose text is cut off, and how
// far the page overflows sideways.
(() => {
  const pageLang = document.documentElement.lang;
  const marked = s => s.includes('\u27e6') || s.includes('\u27e7');
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id
      : typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/)[0] : '');
  const path = el => (el.parentElement ? name(el.parentElement) + ' > ' : '') + name(el);
  const content = el => { const l = el.closest('[lang]'); return l != null && l.lang !== pageLang; };
  // Vaadin's connection indicator is outside the landmarks and empty until the server is unreachable
  const skipped = el => el.closest('script,style,template,noscript,vaadin-connection-indicator') != null;
  const unmarked = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (!el || !/\p{L}/u.test(text) || skipped(el) || content(el)) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    // one marked string may be split over several nodes (a name in the middle of a sentence)
    const block = el.closest('p,li,h1,h2,h3,h4,h5,h6,label,button,vaadin-button,a,td,th,summary,span,div') || el;
    if (marked(text) || marked(block.textContent)) continue;
    unmarked.push({ text, where: path(el) });
  }
  for (const el of document.querySelectorAll('[aria-label],[placeholder],[title]')) {
    if (skipped(el) || content(el) || !el.checkVisibility()) continue;
    for (const a of ['aria-label', 'placeholder', 'title']) {
      const v = (el.getAttribute(a) || '').replace(/\s+/g, ' ').trim();
      if (/\p{L}/u.test(v) && !marked(v)) unmarked.push({ text: v, where: path(el) + '[' + a + ']' });
    }
  }
  const clipped = [];
  for (const el of document.querySelectorAll('vaadin-button, button, label, a, summary, vaadin-tab')) {
    if (!el.checkVisibility()) continue;
    const label = el.shadowRoot ? el.shadowRoot.querySelector('[part=label]') || el : el;
    const style = getComputedStyle(label);
    if (style.overflowX !== 'visible' && label.scrollWidth > label.clientWidth + 1) {
      clipped.push(path(el) + ' ' + JSON.stringify(el.textContent.trim().slice(0, 40)));
    }
  }
  // a field's label is cut off inside its shadow part
  for (const el of document.querySelectorAll('*')) {
    const part = el.shadowRoot && el.localName !== 'vaadin-button' ? el.shadowRoot.querySelector('[part~=label]') : null;
    if (part && el.checkVisibility() && getComputedStyle(part).overflowX !== 'visible'
        && part.scrollWidth > part.clientWidth + 1) {
      clipped.push(path(el) + ' label ' + JSON.stringify(el.textContent.trim().slice(0, 40)));
    }
  }
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const wide = [];
  if (overflow > 0) {
    const w = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > w + 1 || r.left < -1) && !el.parentElement.closest('.table-scroll, vaadin-grid')) {
        wide.push(path(el));
      }
    }
  }
  return { lang: pageLang, dir: document.documentElement.dir, unmarked, clipped, overflow, wide: wide.slice(0, 5) };
})()
