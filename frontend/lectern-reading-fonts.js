// Optional reading fonts (issue 15), self-hosted from the @fontsource packages (SIL Open Font License 1.1).
// Each is a dynamic import, so Vite emits it as its own chunk: the reader's first load fetches none of them,
// and a font's files are fetched only once a learner chooses it (the server then calls lecternReadingFont).
const FONTS = {
  'atkinson-hyperlegible': () =>
    Promise.all([
      import('@fontsource/atkinson-hyperlegible/400.css'),
      import('@fontsource/atkinson-hyperlegible/700.css'),
    ]),
  lexend: () => Promise.all([import('@fontsource/lexend/400.css'), import('@fontsource/lexend/700.css')]),
  opendyslexic: () =>
    Promise.all([import('@fontsource/opendyslexic/400.css'), import('@fontsource/opendyslexic/700.css')]),
};

const loaded = new Map();

/** Loads a reading font's styles once; unknown names are ignored (the server only sends names it knows). */
window.lecternReadingFont = (id) => {
  const load = Object.hasOwn(FONTS, id) ? FONTS[id] : null;
  if (!load) {
    return Promise.resolve(false);
  }
  if (!loaded.has(id)) {
    loaded.set(id, load().then(() => true, () => false));
  }
  return loaded.get(id);
};
