/** The reader's views: sections with glossary terms, timeline, claim ledger, question cards and the results summary. */
package app.lectern.reader.ui;
