/** Reads {@code module.yaml} files into content records, validates them and reports problems with line and column. */
package app.lectern.content.load;
