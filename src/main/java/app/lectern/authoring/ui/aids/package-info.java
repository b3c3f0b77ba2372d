/** Form editors for a module's attribution and reading aids: source, glossary, timeline and claim ledger. */
package app.lectern.authoring.ui.aids;
