/** Articles for new modules: pasted text and .txt, .md, .html and .docx files read into blocks, and proposed sections. */
package app.lectern.article;
