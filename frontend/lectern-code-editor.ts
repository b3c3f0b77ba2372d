// <lectern-code-editor>: CodeMirror 6 with YAML for app.lectern.ui.CodeEditor.
//
// TypeScript (not .js like the static scripts beside it): Vite bundles it with its npm imports into the lazy chunk of
// the routes that use CodeEditor, and pom.xml copies only frontend/*.js to /lectern/ as static files.
//
// The server owns the value. Typing is sent as a 'lectern-code-change' event 400 ms after the last key and at once
// when the editor loses focus; a text longer than maxLength is not sent (Vaadin would refuse the whole request), only
// its length, in 'lectern-code-too-long'. Tab is left to the browser (no indentWithTab), so keyboard users can leave
// the editor; Ctrl-] and Ctrl-[ (Cmd on a Mac) indent and outdent, as CodeMirror's default keymap has them.
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { tags as t } from '@lezer/highlight';

/** How long after the last change the text is sent to the server. */
const DEBOUNCE_MS = 400;

/** A problem as the server sends it: 1-based line and column. */
interface ServerDiagnostic {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

// Colours are CSS variables set in lectern.css (light and dark), so the theme follows the page without JavaScript.
const highlight = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--lectern-code-key)' },
  { tag: [t.string, t.special(t.string), t.content], color: 'var(--lectern-code-string)' },
  { tag: [t.number, t.bool, t.null, t.atom, t.keyword], color: 'var(--lectern-code-literal)' },
  { tag: [t.comment, t.lineComment], color: 'var(--lectern-code-comment)', fontStyle: 'italic' },
  { tag: [t.meta, t.labelName, t.typeName, t.attributeValue], color: 'var(--lectern-code-meta)' },
  { tag: [t.punctuation, t.separator, t.operator, t.squareBracket, t.brace], color: 'var(--lectern-code-punctuation)' },
]);

/** The properties the server sets; it may set them before this module has loaded and defined the element. */
const PROPERTIES = ['value', 'revision', 'readonly', 'label', 'describedby', 'diagnostics', 'maxLength'] as const;

class LecternCodeEditor extends HTMLElement {
  private limit = 0;
  private view?: EditorView;
  private text = '';
  private lastSent = '';
  private rev = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private problems: ServerDiagnostic[] = [];
  private ro = false;
  private labelText = '';
  private describedBy = '';
  private readonly readOnlyCompartment = new Compartment();
  private readonly ariaCompartment = new Compartment();

  constructor() {
    super();
    // a value set on the element before the upgrade hides the setter below: take it and set it again
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  connectedCallback() {
    if (this.view) {
      return;
    }
    this.view = new EditorView({
      parent: this,
      state: EditorState.create({
        doc: this.text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          indentUnit.of('  '),
          EditorState.tabSize.of(2),
          yaml(),
          syntaxHighlighting(highlight),
          lintGutter(),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          this.readOnlyCompartment.of(this.editableExtensions()),
          this.ariaCompartment.of(this.contentAttributes()),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !this.ro) {
              this.schedule();
            }
          }),
          EditorView.domEventHandlers({
            blur: () => {
              this.flush();
            },
          }),
        ],
      }),
    });
    this.applyDiagnostics();
  }

  disconnectedCallback() {
    this.flush();
  }

  /** The text; setting it (the server does) replaces the document without sending it back. */
  get value(): string {
    return this.view ? this.view.state.doc.toString() : this.text;
  }

  set value(value: string) {
    this.text = value ?? '';
    this.showServerText();
  }

  /**
   * Raised by the server with every value it sets. Flow sends a property only when it differs from what the server
   * last sent, so a value the server sets back (after the user changed it here) arrives as a new revision alone.
   */
  get revision(): number {
    return this.rev;
  }

  set revision(revision: number) {
    this.rev = Number(revision) || 0;
    this.showServerText();
  }

  /** Characters the server takes; a longer text is reported, not sent. 0: no limit. */
  get maxLength(): number {
    return this.limit;
  }

  set maxLength(limit: number) {
    this.limit = Math.max(0, Math.floor(Number(limit)) || 0);
  }

  get readonly(): boolean {
    return this.ro;
  }

  set readonly(readonly: boolean) {
    this.ro = !!readonly;
    this.reconfigure();
  }

  /** The accessible name of the editing area (aria-label on CodeMirror's content element). */
  get label(): string {
    return this.labelText;
  }

  set label(label: string) {
    this.labelText = label ?? '';
    this.reconfigure();
  }

  /** Ids of elements that describe the editing area (the keyboard hint). */
  get describedby(): string {
    return this.describedBy;
  }

  set describedby(ids: string) {
    this.describedBy = ids ?? '';
    this.reconfigure();
  }

  /** The server's problems, shown as lint marks at their line and column. */
  get diagnostics(): ServerDiagnostic[] {
    return this.problems;
  }

  set diagnostics(diagnostics: ServerDiagnostic[]) {
    this.problems = Array.isArray(diagnostics) ? diagnostics : [];
    this.applyDiagnostics();
  }

  /** Moves the cursor to a line and column (1-based), scrolls it into view and focuses the editor. */
  reveal(line: number, column: number) {
    const view = this.view;
    if (!view) {
      return;
    }
    const pos = this.position(line, column);
    view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    view.focus();
  }

  private showServerText() {
    this.lastSent = this.text;
    clearTimeout(this.timer);
    const view = this.view;
    if (view && view.state.doc.toString() !== this.text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: this.text } });
      this.applyDiagnostics();
    }
  }

  private editableExtensions() {
    // still focusable and selectable when read-only, so it can be read and scrolled by keyboard
    return [EditorState.readOnly.of(this.ro)];
  }

  private contentAttributes() {
    // an explicit tabindex: the editor scrolls inside its fixed height, and axe counts a scrollable region as keyboard
    // reachable only through a descendant that is focusable by tabindex, not by contenteditable
    const attributes: Record<string, string> = { 'aria-readonly': String(this.ro), tabindex: '0' };
    if (this.labelText) {
      attributes['aria-label'] = this.labelText;
    }
    if (this.describedBy) {
      attributes['aria-describedby'] = this.describedBy;
    }
    return EditorView.contentAttributes.of(attributes);
  }

  private reconfigure() {
    this.view?.dispatch({
      effects: [
        this.readOnlyCompartment.reconfigure(this.editableExtensions()),
        this.ariaCompartment.reconfigure(this.contentAttributes()),
      ],
    });
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.view || this.ro) {
      return;
    }
    const text = this.view.state.doc.toString();
    if (text === this.lastSent) {
      return;
    }
    this.lastSent = text;
    if (this.limit > 0 && text.length > this.limit) {
      this.dispatchEvent(new CustomEvent('lectern-code-too-long', { detail: { length: text.length } }));
      return;
    }
    this.dispatchEvent(new CustomEvent('lectern-code-change', { detail: { value: text } }));
  }

  /** The document position of a 1-based line and column, kept inside the document. */
  private position(line: number, column: number): number {
    const doc = this.view!.state.doc;
    const l = doc.line(Math.min(Math.max(1, Math.floor(line) || 1), doc.lines));
    return l.from + Math.min(Math.max(0, (Math.floor(column) || 1) - 1), l.length);
  }

  private applyDiagnostics() {
    const view = this.view;
    if (!view) {
      return;
    }
    const doc = view.state.doc;
    const marks: Diagnostic[] = this.problems.map((p) => {
      const line = doc.line(Math.min(Math.max(1, Math.floor(p.line) || 1), doc.lines));
      let from = this.position(p.line, p.column);
      // underline the word at the column, or the one character there (a tab); at the end of a line, its text
      let to = from;
      while (to < line.to && !/\s/.test(doc.sliceString(to, to + 1))) {
        to++;
      }
      if (to === from && from < line.to) {
        to = from + 1;
      } else if (to === from && line.length > 0) {
        from = line.from + (/^\s*/.exec(line.text)?.[0].length ?? 0);
        to = line.to;
      }
      return { from, to, severity: p.severity === 'error' ? 'error' : 'warning', message: String(p.message) };
    });
    view.dispatch(setDiagnostics(view.state, marks));
  }
}

if (!customElements.get('lectern-code-editor')) {
  customElements.define('lectern-code-editor', LecternCodeEditor);
}
