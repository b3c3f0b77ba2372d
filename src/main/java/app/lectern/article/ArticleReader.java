package app.lectern.article;

import app.lectern.article.Blocks.Refusal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the article a new module is made from: pasted text, or a .txt, .md, .html/.htm or .docx file. Whatever it is
 * given, it answers with an {@link ArticleResult}: the article as blocks of the Markdown subset the reader renders,
 * or a problem in plain words; never an exception.
 *
 * <p>Limits: a paste of at most {@value #MAX_PASTE} characters, a file of at most {@value #MAX_FILE_BYTES} bytes, an
 * article of at most {@value #MAX_CHARACTERS} characters of Markdown and {@value #MAX_BLOCKS} blocks (paragraphs,
 * headings, lists, quotes). Control characters and direction overrides are removed from every text.
 */
public final class ArticleReader {

    /** Most characters of pasted text. */
    public static final int MAX_PASTE = 200_000;

    /** Largest file, in bytes (5 MB). */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** Most characters of an article's Markdown, however it came. */
    public static final int MAX_CHARACTERS = 200_000;

    /** Most blocks (paragraphs, headings, lists, quotes) of an article. */
    public static final int MAX_BLOCKS = 2_000;

    /** The file name endings read, for a file chooser's accept list. */
    public static final java.util.List<String> EXTENSIONS = java.util.List.of(".txt", ".md", ".html", ".htm", ".docx");

    private ArticleReader() {}

    /**
     * Reads pasted text. Blank lines separate paragraphs; headings are found as {@link PastedText} describes (Markdown
     * {@code #} lines, and short title-like lines alone between blank lines).
     */
    public static ArticleResult fromPaste(String text) {
        if (text == null || text.isBlank()) {
            return ArticleResult.refused("Paste the article's text first.");
        }
        if (text.length() > MAX_PASTE) {
            return ArticleResult.refused(
                    "The pasted text has %,d characters; at most %,d fit in a module. Paste a part of the article."
                            .formatted(text.length(), MAX_PASTE));
        }
        return safely(() -> PastedText.read(text), "The pasted text");
    }

    /**
     * Reads an uploaded file by its name's ending: {@code .txt} as pasted text, {@code .md} as Markdown,
     * {@code .html}/{@code .htm} as a web page, {@code .docx} as a Word document.
     */
    public static ArticleResult read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : Text.oneLine(fileName);
        String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        if (bytes == null || bytes.length == 0) {
            return ArticleResult.refused("The file \"%s\" is empty.".formatted(shown));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return ArticleResult.refused(
                    "The file \"%s\" is larger than 5 MB. Save the article's text alone, without".formatted(shown)
                            + " images, and try again.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return safely(() -> PastedText.read(decode(bytes)), "The file");
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return safely(() -> MarkdownArticle.read(decode(bytes)), "The file");
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return safely(() -> HtmlArticle.read(decodeHtml(bytes)), "The page");
        }
        if (lower.endsWith(".docx")) {
            return safely(() -> DocxArticle.read(bytes), "The document");
        }
        return ArticleResult.refused(
                ("Lectern reads .txt, .md, .html and .docx files; \"%s\" is none of these. Save the"
                                + " article in one of them, or paste its text.")
                        .formatted(shown));
    }

    private static ArticleResult safely(java.util.function.Supplier<Article> reading, String what) {
        try {
            return ArticleResult.of(reading.get());
        } catch (Refusal r) {
            return ArticleResult.refused(r.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a last guard: a reader that fails on a file no test foresaw still gives the teacher a message
            return ArticleResult.refused(
                    what + " could not be read. Save it again (or copy its text and paste it) and" + " try again.");
        }
    }

    /** UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, or else Windows-1252. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A page in the character set its {@code <meta charset>} names, else as {@link #decode}. */
    private static String decodeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})")
                .matcher(head);
        if (m.find()) {
            try {
                Charset charset = Charset.forName(m.group(1));
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    return new String(bytes, charset);
                }
            } catch (IllegalArgumentException e) {
                // an unknown character set: read it as any text file
            }
        }
        return decode(bytes);
    }
}
