package app.lectern.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads QTI 3.0: a package (zip with {@code imsmanifest.xml}; its item resources are read in manifest order) or a
 * single item. Items are mapped by {@link QtiItemReader}.
 */
final class QtiImport {

    private QtiImport() {}

    static ImportResult read(String file, byte[] bytes, Set<String> taken) {
        Drafts out = new Drafts(file, taken);
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            zip(out, bytes);
        } else if (bytes.length > QuestionImport.MAX_TEXT_BYTES) {
            out.problem(
                    0,
                    "the item has " + bytes.length + " bytes; a single item may have at most "
                            + QuestionImport.MAX_TEXT_BYTES + " (1 MiB)");
        } else {
            item(out, file, bytes);
        }
        return out.result();
    }

    private static void zip(Drafts out, byte[] bytes) {
        Map<String, byte[]> entries;
        try {
            entries = SafeZip.read(bytes);
        } catch (SafeZip.Refused e) {
            out.problem(0, e.getMessage() + ": nothing imported");
            return;
        }
        String manifestName = entries.keySet().stream()
                .filter(n -> n.equals(Qti.MANIFEST) || n.endsWith("/" + Qti.MANIFEST))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .orElse(null);
        if (manifestName == null) {
            out.problem(0, "no imsmanifest.xml in the archive: every XML entry that is an item was read");
            for (var e : entries.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).endsWith(".xml") && !out.full(0)) {
                    item(out, e.getKey(), e.getValue());
                }
            }
            return;
        }
        String folder = manifestName.substring(0, manifestName.length() - Qti.MANIFEST.length());
        Document manifest;
        try {
            manifest = SafeXml.parse(entries.get(manifestName));
        } catch (SafeXml.Malformed e) {
            out.problem(manifestName, e.line, e.getMessage() + ": nothing imported");
            return;
        }
        Map<String, Element> items = new LinkedHashMap<>();
        for (Element r : Qti.descendants(manifest.getDocumentElement(), "resource")) {
            String type = r.getAttribute("type");
            String href = r.getAttribute("href");
            int line = SafeXml.line(r);
            if (type.startsWith(Qti.ITEM_TYPE)) {
                if (href.isEmpty()) {
                    out.problem(manifestName, line, "an item resource without href: skipped");
                } else {
                    items.put(href, r);
                }
            } else if (type.startsWith("imsqti_item_xmlv2") || type.startsWith("imsqti_item_xmlv1")) {
                out.problem(
                        manifestName,
                        line,
                        "the item '" + href + "' is QTI " + type.substring(14)
                                + ": only QTI 3.0 items are read; not imported");
            } else if (type.startsWith("imsqti_stimulus")) {
                out.problem(
                        manifestName,
                        line,
                        "the shared stimulus '" + href + "' is not imported: put its text" + " in a section");
            } else if (!type.startsWith("imsqti_test")
                    && !type.startsWith("webcontent")
                    && !type.startsWith("associatedcontent")
                    && !type.startsWith("imsqti_rptemplate")) {
                out.problem(
                        manifestName,
                        line,
                        "the resource '" + href + "' of type '" + type + "' is not a question: not imported");
            }
        }
        if (items.isEmpty()) {
            out.problem(manifestName, 0, "the manifest lists no QTI 3.0 item (type " + Qti.ITEM_TYPE + ")");
        }
        for (var e : items.entrySet()) {
            String href = e.getKey();
            int line = SafeXml.line(e.getValue());
            if (out.full(line)) {
                return;
            }
            try {
                SafeZip.checkName(href);
            } catch (SafeZip.Refused refused) {
                out.problem(manifestName, line, refused.getMessage() + ": not imported");
                continue;
            }
            String name = normalise(folder + href);
            byte[] data = entries.get(name);
            if (data == null) {
                out.problem(manifestName, line, "the item '" + href + "' is not in the archive: not imported");
            } else {
                item(out, name, data);
            }
        }
    }

    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private static void item(Drafts out, String where, byte[] bytes) {
        Document doc;
        try {
            doc = SafeXml.parse(bytes);
        } catch (SafeXml.Malformed e) {
            out.problem(where, e.line, e.getMessage() + ": not imported");
            return;
        }
        new QtiItemReader(out, where).read(doc.getDocumentElement());
    }
}
