package app.lectern.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML into a DOM whose elements know their line ({@link #line}), refusing any DOCTYPE: no external entity,
 * no external DTD, no entity expansion (XXE and "billion laughs" both need a DOCTYPE), no XInclude.
 */
final class SafeXml {

    private static final String LINE = "lectern-line";

    /** Why a document was refused, with the line of the error (0 when unknown). */
    static final class Malformed extends Exception {
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private SafeXml() {}

    /** The document, namespace aware, with each element's line. */
    static Document parse(byte[] bytes) throws Malformed {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            Builder builder = new Builder(doc);
            parser.parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
            if (doc.getDocumentElement() == null) {
                throw new Malformed(0, "no XML element");
            }
            return doc;
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                message = "a DOCTYPE is not accepted (entities could read files or expand without end)";
            }
            throw new Malformed(Math.max(0, e.getLineNumber()), "not well-formed XML: " + message);
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            throw new Malformed(0, "not readable XML: " + e.getMessage());
        }
    }

    /** The line an element starts on, or 0. */
    static int line(Node node) {
        Object line = node == null ? null : node.getUserData(LINE);
        return line instanceof Integer i ? i : 0;
    }

    /** Builds the DOM from SAX events, keeping each element's line. */
    private static final class Builder extends DefaultHandler {
        private static final int MAX_DEPTH = 64;
        private final Document doc;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        Builder(Document doc) {
            this.doc = doc;
            open.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (open.size() > MAX_DEPTH) {
                throw new SAXParseException("elements nest more than " + MAX_DEPTH + " deep", locator);
            }
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                e.setAttributeNS(
                        ns == null || ns.isEmpty() ? null : ns, attributes.getQName(i), attributes.getValue(i));
            }
            e.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            open.peek().appendChild(e);
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Node parent = open.peek();
            if (parent != doc) {
                parent.appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
