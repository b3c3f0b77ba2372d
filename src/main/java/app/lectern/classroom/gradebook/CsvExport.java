package app.lectern.classroom.gradebook;

/**
 * A file to download.
 *
 * @param fileName a safe file name, e.g. {@code history-9b-the-fighters-gradebook.csv}
 * @param contentType the media type, e.g. {@code text/csv;charset=UTF-8}
 * @param bytes the content
 */
public record CsvExport(String fileName, String contentType, byte[] bytes) {}
