/** The self-study views: the library of modules with the learner's progress, sections with glossary terms, timeline, claim ledger, question cards and the results summary. */
package app.lectern.reader.ui;
