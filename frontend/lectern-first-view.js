// Removes the server-rendered first view (app.lectern.ui.FirstViewShell) from the page as soon as Vaadin has
// rendered the real layout: a MutationObserver's callback runs before the next frame and before any other task, so
// nothing (a user, a script, a test) sees both. lectern.css hides it in that frame too, should this file come late.
(() => {
  const first = document.getElementById('lectern-prerender');
  if (!first) {
    return;
  }
  const replaced = () => {
    if (document.querySelector('.lectern-shell:not(#lectern-prerender)')) {
      first.remove();
      return true;
    }
    return false;
  };
  if (!replaced()) {
    const observer = new MutationObserver(() => {
      if (replaced()) {
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }
})();
