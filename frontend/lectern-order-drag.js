// Drag to reorder an ordering question's items, with a mouse, a finger or a pen (pointer events: HTML5 drag and
// drop does not fire on touch screens). The row only follows the pointer here; on release the script reports
// "move item `from` to `to`" to the server, which checks both numbers and re-renders the list. Keyboard users have
// the Move up / Move down buttons.
window.lecternOrderDrag = window.lecternOrderDrag || function (root) {
  if (root.__lecternOrderDrag) return;
  root.__lecternOrderDrag = true;
  root.addEventListener('pointerdown', (down) => {
    const handle = down.target.closest && down.target.closest('.lectern-order-handle');
    if (!handle || !root.contains(handle) || down.button > 0 || root.hasAttribute('data-readonly')) return;
    const item = handle.closest('.lectern-order-item');
    const list = item && item.parentElement;
    if (!list) return;
    down.preventDefault();
    const items = Array.from(list.children);
    const from = items.indexOf(item);
    const startY = down.clientY;
    let to = from;
    try { handle.setPointerCapture(down.pointerId); } catch (e) { /* pointer already gone */ }
    item.classList.add('lectern-order-dragging');
    const target = (y) => {
      let index = 0;
      for (const other of items) {
        if (other === item) continue;
        const box = other.getBoundingClientRect();
        if (y > box.top + box.height / 2) index++;
      }
      return index;
    };
    const mark = (index) => {
      items.forEach((other) => other.classList.remove('lectern-order-drop-before', 'lectern-order-drop-after'));
      if (index === from) return;
      const others = items.filter((other) => other !== item);
      if (index < others.length) others[index].classList.add('lectern-order-drop-before');
      else others[others.length - 1].classList.add('lectern-order-drop-after');
    };
    const move = (e) => {
      if (e.pointerId !== down.pointerId) return;
      item.style.transform = 'translateY(' + (e.clientY - startY) + 'px)';
      to = target(e.clientY);
      mark(to);
    };
    const end = (e, drop) => {
      if (e.pointerId !== down.pointerId) return;
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onCancel);
      item.classList.remove('lectern-order-dragging');
      item.style.transform = '';
      mark(from);
      if (drop && to !== from) {
        root.dispatchEvent(new CustomEvent('lectern-order-move', { detail: { from: from, to: to } }));
      }
    };
    const onUp = (e) => end(e, true);
    const onCancel = (e) => end(e, false);
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onCancel);
  });
};
