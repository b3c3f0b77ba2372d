/** Lectern: turns a news article into an interactive, evidence-linked lesson. */
package app.lectern;
