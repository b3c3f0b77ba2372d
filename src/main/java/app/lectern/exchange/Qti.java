package app.lectern.exchange;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** QTI 3.0 names and small DOM helpers shared by the import and the export. */
final class Qti {

    /** The namespace of QTI 3.0 items. */
    static final String NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

    /** The namespace of a QTI 3.0 content package manifest. */
    static final String MANIFEST_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";

    /** The resource type of an item in a manifest. */
    static final String ITEM_TYPE = "imsqti_item_xmlv3p0";

    static final String MANIFEST = "imsmanifest.xml";

    private Qti() {}

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] serialize(Document doc) {
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // no indenting: it adds white space inside mixed content (a cloze's text around its gaps)
            t.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element children of a node with this local name (any namespace). */
    static List<Element> children(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(local(e))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Node parent, String localName) {
        List<Element> all = children(parent, localName);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** Every descendant element with this local name, in document order. */
    static List<Element> descendants(Node parent, String localName) {
        List<Element> out = new ArrayList<>();
        collect(parent, e -> localName.equals(local(e)), out);
        return out;
    }

    static void collect(Node parent, java.util.function.Predicate<Element> which, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (which.test(e)) {
                    out.add(e);
                }
                collect(e, which, out);
            }
        }
    }

    static String local(Node e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The text of an element without the elements named, white space collapsed. */
    static String text(Node node, Set<String> without) {
        StringBuilder out = new StringBuilder();
        appendText(node, without, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendText(Node node, Set<String> without, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e && !without.contains(local(e))) {
                if (Set.of("p", "div", "br", "li", "td").contains(local(e))) {
                    out.append(' ');
                }
                appendText(e, without, out);
            }
        }
    }

    /** An identifier for a slug: a slug that starts with a digit is not an XML name, so it gets a leading {@code _}. */
    static String identifier(String slug) {
        return !slug.isEmpty() && Character.isLetter(slug.charAt(0)) ? slug : "_" + slug;
    }

    /** The slug an identifier was made from, or {@code null} when it was not made from one. */
    static String slug(String identifier) {
        if (identifier == null) {
            return null;
        }
        String s = identifier.startsWith("_") ? identifier.substring(1) : identifier;
        return s.matches(app.lectern.content.Slugs.SLUG) ? s : null;
    }
}
