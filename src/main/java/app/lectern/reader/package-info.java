/** Reading a module: rendering section text with glossary terms and formatting for the reader's views. */
package app.lectern.reader;
