/** The language switch in the header and the choice of language for every new page. */
package app.lectern.i18n.ui;
