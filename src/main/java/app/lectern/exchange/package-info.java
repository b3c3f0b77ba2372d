/**
 * Import and export of questions: Moodle GIFT, Aiken, a CSV/XLSX question sheet and QTI 3.0 in, QTI 3.0 out.
 *
 * <p>Plain Java, no framework. The API is small: {@link app.lectern.exchange.QuestionImport#read} turns a file into
 * question records plus problems and notes; {@link app.lectern.exchange.QuestionSheet} offers the sheet templates;
 * {@link app.lectern.exchange.QtiExport#write} writes a module as a QTI 3.0 package. Every parser treats its input as
 * hostile: sizes are capped, archives and XML are read defensively, and a malformed file yields problems, never an
 * exception. The mappings and limits are documented in {@code docs/content-format.md} ("Importing and exporting
 * questions").
 */
package app.lectern.exchange;
