package app.lectern.article;

import app.lectern.article.Article.Block.Kind;
import app.lectern.article.Blocks.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) file into blocks: heading styles become headings, numbered and bulleted paragraphs lists,
 * bold and italic runs emphasis, hyperlinks to http(s) addresses links. Images, comments, tracked changes (the text
 * is read as if they were accepted), embedded objects, headers, footers and footnotes are left out, with a note.
 *
 * <p>The zip is checked before POI opens it, by actually inflating it within limits: at most {@value #MAX_ENTRIES}
 * entries and {@value #MAX_INFLATED} bytes unpacked (a zip bomb stops there, whatever its headers claim), no entry
 * outside the package (absolute, {@code ..}, backslashes), and no document type declaration in any XML part (Word
 * never writes one; it is how external entities would get in). POI's own {@code ZipSecureFile} ratio check stays on.
 */
final class DocxArticle {

    static final int MAX_ENTRIES = 1000;
    static final long MAX_INFLATED = 50L * 1024 * 1024;
    private static final Pattern HEADING_STYLE =
            Pattern.compile("(?i)heading ?([1-9])|berschrift ?([1-9])|titre ?([1-9])");
    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!entity".getBytes(StandardCharsets.US_ASCII);

    private final Blocks blocks = new Blocks();
    private final XWPFDocument document;

    private DocxArticle(XWPFDocument document) {
        this.document = document;
    }

    static Article read(byte[] bytes) {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
            throw new Refusal("This is an old Word file (.doc). Open it in Word or LibreOffice and save it as .docx.");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new Refusal("This file is not a .docx document (a .docx is a zip package). Save it from your word"
                    + " processor as .docx and try again.");
        }
        check(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
                XWPFDocument document = new XWPFDocument(pkg)) {
            DocxArticle reader = new DocxArticle(document);
            reader.noteLeftOut(pkg);
            reader.body(document.getBodyElements());
            return reader.blocks.article("The document holds no text to make sections of.");
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | RuntimeException e) {
            if (e instanceof Refusal r) {
                throw r;
            }
            String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (detail.contains("zip bomb")) {
                throw new Refusal(
                        "This .docx unpacks to far more than it holds (a \"zip bomb\"), so it was not" + " opened.");
            }
            throw new Refusal("This .docx could not be read: it is damaged or not a Word document. Open it in Word or"
                    + " LibreOffice, save it again as .docx and try again.");
        }
    }

    /** Inflates the whole package within the limits, refusing bombs, path traversal and document types. */
    private static void check(byte[] bytes) {
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refusal("This .docx has more than %,d parts; a Word document has a few dozen. It was not"
                                    .formatted(MAX_ENTRIES)
                            + " opened.");
                }
                String name = entry.getName();
                if (name.startsWith("/")
                        || name.contains("\\")
                        || name.contains(":")
                        || ("/" + name + "/").contains("/../")) {
                    throw new Refusal("This .docx has a part that points outside the document (\"%s\"), so it was not"
                                    .formatted(Text.oneLine(name.length() > 80 ? name.substring(0, 80) + "…" : name))
                            + " opened.");
                }
                boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml")
                        || name.toLowerCase(Locale.ROOT).endsWith(".rels");
                Window window = xml ? new Window() : null;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_INFLATED) {
                        throw new Refusal(("This .docx unpacks to more than %d MB (a \"zip bomb\", or a document full"
                                        + " of media), so it was not opened.")
                                .formatted(MAX_INFLATED / 1024 / 1024));
                    }
                    if (window != null && window.sees(buffer, read)) {
                        throw new Refusal("This .docx contains a document type declaration, which Word never writes"
                                + " (it can make a reader fetch other files), so it was not opened.");
                    }
                }
            }
        } catch (ZipException e) {
            throw new Refusal(
                    "This .docx is damaged: its zip package cannot be unpacked. Save it again as .docx and try"
                            + " again.");
        } catch (IOException e) {
            throw new Refusal("This .docx could not be unpacked. Save it again as .docx and try again.");
        }
        if (entries == 0) {
            throw new Refusal(
                    "This .docx is damaged or empty: its zip package holds nothing. Save it again as .docx and"
                            + " try again.");
        }
    }

    /**
     * Looks for {@code <!DOCTYPE} or {@code <!ENTITY} in an XML part, in any case and across buffer ends; UTF-16 text
     * is seen too, as its zero bytes are skipped.
     */
    private static final class Window {
        private final byte[] last = new byte[DOCTYPE.length];
        private int filled;

        boolean sees(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == 0) {
                    continue;
                }
                System.arraycopy(last, 1, last, 0, last.length - 1);
                last[last.length - 1] = (byte) Character.toLowerCase((char) (b & 0xff));
                filled = Math.min(filled + 1, last.length);
                if (filled == last.length && (matches(DOCTYPE, 0) || matches(ENTITY, last.length - ENTITY.length))) {
                    return true;
                }
            }
            return false;
        }

        private boolean matches(byte[] word, int from) {
            for (int i = 0; i < word.length; i++) {
                if (last[from + i] != word[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private void noteLeftOut(OPCPackage pkg) throws org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        if (!document.getAllPictures().isEmpty()) {
            blocks.note("Images were left out.");
        }
        if (document.getDocComments() != null && document.getComments().length > 0) {
            blocks.note("Comments were left out.");
        }
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            if (name.startsWith("/word/embeddings/") || part.getContentType().contains("oleObject")) {
                blocks.note("Embedded objects (spreadsheets, charts, other files) were left out.");
            }
        }
        if (!document.getFootnotes().isEmpty()) {
            blocks.note("Footnotes were left out.");
        }
    }

    private void body(List<IBodyElement> elements) {
        List<String> list = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p && p.getNumID() != null && headingLevel(p) == 0) {
                String item = listItem(p, list);
                if (item != null) {
                    list.add(item);
                }
                continue;
            }
            flushList(list);
            switch (element) {
                case XWPFParagraph p -> paragraph(p);
                case XWPFTable t -> table(t);
                case XWPFSDT sdt ->
                    blocks.add(
                            Kind.PARAGRAPH,
                            Text.blockStart(
                                    Text.escape(Text.oneLine(sdt.getContent().getText()))));
                default -> {
                    // nothing else carries text of the article
                }
            }
        }
        flushList(list);
    }

    private void flushList(List<String> list) {
        if (!list.isEmpty()) {
            blocks.add(Kind.LIST, String.join("\n", list));
            list.clear();
        }
    }

    private String listItem(XWPFParagraph p, List<String> list) {
        String text = runs(p);
        if (text.isBlank()) {
            return null;
        }
        BigInteger level = p.getNumIlvl();
        int indent = level == null ? 0 : Math.min(level.intValue(), 3);
        boolean bullet = p.getNumFmt() == null || "bullet".equals(p.getNumFmt()) || "none".equals(p.getNumFmt());
        String marker = bullet ? "- " : (countAt(list, indent) + 1) + ". ";
        return "   ".repeat(indent) + marker + text;
    }

    private static int countAt(List<String> list, int indent) {
        String prefix = "   ".repeat(indent);
        int count = 0;
        for (int i = list.size() - 1; i >= 0; i--) {
            String line = list.get(i);
            if (!line.startsWith(prefix)) {
                break;
            }
            if (!line.startsWith(prefix + " ")) {
                count++;
            }
        }
        return count;
    }

    private void paragraph(XWPFParagraph p) {
        if (p.getCTP().xmlText().contains("w:del ") || p.getCTP().xmlText().contains("<w:ins ")) {
            blocks.note("The document has tracked changes: it was read as if they were all accepted. Check the text.");
        }
        int level = headingLevel(p);
        String text = runs(p);
        if (level > 0) {
            blocks.heading(level, text);
        } else if (isQuote(p)) {
            blocks.add(Kind.QUOTE, text.isBlank() ? "" : "> " + text);
        } else {
            blocks.add(Kind.PARAGRAPH, Text.blockStart(text));
        }
    }

    private void table(XWPFTable table) {
        blocks.note("Tables were turned into paragraphs, one a row.");
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = Text.escape(Text.oneLine(cell.getText()));
                if (!text.isEmpty()) {
                    cells.add(text);
                }
            }
            blocks.add(Kind.PARAGRAPH, Text.blockStart(String.join(" · ", cells)));
        }
    }

    private int headingLevel(XWPFParagraph p) {
        String name = styleName(p);
        if (name == null) {
            return 0;
        }
        String lower = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.equals("title")) {
            return 1;
        }
        Matcher m = HEADING_STYLE.matcher(name);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return Math.min(Integer.parseInt(m.group(g)), 6);
                }
            }
        }
        return 0;
    }

    private boolean isQuote(XWPFParagraph p) {
        String name = styleName(p);
        return name != null && name.toLowerCase(Locale.ROOT).contains("quote");
    }

    private String styleName(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return null;
        }
        XWPFStyle style =
                document.getStyles() == null ? null : document.getStyles().getStyle(id);
        return style != null && style.getName() != null ? style.getName() : id;
    }

    /** A stretch of text with one formatting; adjacent runs of equal formatting are joined before marking up. */
    private record Stretch(String text, boolean bold, boolean italic, String url) {
        boolean sameLook(Stretch o) {
            return bold == o.bold && italic == o.italic && java.util.Objects.equals(url, o.url);
        }

        String markdown() {
            String md = Text.escape(text);
            if (bold && !md.isBlank()) {
                md = Text.emphasis(md, "**");
            }
            if (italic && !md.isBlank()) {
                md = Text.emphasis(md, "*");
            }
            return url == null ? md : Text.link(md, url);
        }
    }

    /** Whether a run is text a tracked change deleted (or moved away), which POI reads like any other. */
    private static boolean deleted(XWPFRun run) {
        try (org.apache.xmlbeans.XmlCursor cursor = run.getCTR().newCursor()) {
            if (!cursor.toParent()) {
                return false;
            }
            String parent = cursor.getName() == null ? "" : cursor.getName().getLocalPart();
            return parent.equals("del") || parent.equals("moveFrom");
        }
    }

    /** The paragraph's runs as inline Markdown: bold, italic and http(s) links kept. */
    private String runs(XWPFParagraph p) {
        List<Stretch> stretches = new ArrayList<>();
        for (IRunElement element : p.getIRuns()) {
            Stretch next = null;
            if (element instanceof XWPFRun run && deleted(run)) {
                continue;
            }
            if (element instanceof XWPFRun run) {
                if (!run.getEmbeddedPictures().isEmpty()) {
                    blocks.note("Images were left out.");
                }
                String url = null;
                if (run instanceof XWPFHyperlinkRun link) {
                    XWPFHyperlink target = link.getHyperlink(document);
                    url = target == null ? null : target.getURL();
                }
                next = new Stretch(Text.clean(run.text()).replace('\n', ' '), run.isBold(), run.isItalic(), url);
            } else if (element instanceof XWPFSDT sdt) {
                next = new Stretch(Text.oneLine(sdt.getContent().getText()), false, false, null);
            }
            if (next == null || next.text().isEmpty()) {
                continue;
            }
            if (!stretches.isEmpty() && stretches.getLast().sameLook(next)) {
                Stretch last = stretches.removeLast();
                next = new Stretch(last.text() + next.text(), last.bold(), last.italic(), last.url());
            }
            stretches.add(next);
        }
        StringBuilder out = new StringBuilder();
        stretches.forEach(st -> out.append(st.markdown()));
        return Text.oneLine(out.toString());
    }
}
