package org.banmap.style;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small read-only element tree with locations, built with StAX so that the SLD interpreter can
 * look ahead (GeoTools' 1.0 parser is DOM-based too). Hostile input is stopped here: any DOCTYPE
 * (no DTDs, so no external entities and no entity expansion bombs) and nesting deeper than
 * {@link #MAX_DEPTH}. Nothing is ever fetched from the network.
 */
record XmlNode(String name, String prefix, Map<String, String> attributes, List<Object> content, Location at) {
  static final int MAX_DEPTH = 200;

  /** A piece of text; CDATA keeps its blanks in mixed content. */
  record Text(String text, boolean cdata, Location at) {}

  /** The local name in lower case, for lenient matching. */
  String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  boolean is(String localName) {
    return name.equalsIgnoreCase(localName);
  }

  List<XmlNode> children() {
    List<XmlNode> out = new ArrayList<>();
    for (Object o : content) {
      if (o instanceof XmlNode) {
        out.add((XmlNode) o);
      }
    }
    return out;
  }

  XmlNode child(String localName) {
    for (Object o : content) {
      if (o instanceof XmlNode && ((XmlNode) o).is(localName)) {
        return (XmlNode) o;
      }
    }
    return null;
  }

  /** All text inside, concatenated and trimmed (for names, titles, vendor option values). */
  String text() {
    StringBuilder out = new StringBuilder();
    for (Object o : content) {
      if (o instanceof Text) {
        out.append(((Text) o).text());
      } else {
        out.append(((XmlNode) o).text());
      }
    }
    return out.toString().trim();
  }

  /** An attribute by case-insensitive local name, or null. */
  String attribute(String localName) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (e.getKey().equalsIgnoreCase(localName)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Thrown for input refused before or during tree building; {@code at} is where. */
  static final class Refused extends Exception {
    final Location at;

    Refused(Location at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  static XmlNode parse(String xml, String source) throws Refused {
    return parse(null, xml, source);
  }

  /** Parses bytes, honouring the XML declaration's encoding. */
  static XmlNode parse(byte[] bytes, String source) throws Refused {
    return parse(bytes, null, source);
  }

  private static XmlNode parse(byte[] bytes, String xml, String source) throws Refused {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external resources are not fetched: " + systemId);
    });
    XMLStreamReader r = null;
    Deque<Builder> open = new ArrayDeque<>();
    XmlNode root = null;
    try {
      r = bytes != null
          ? factory.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes))
          : factory.createXMLStreamReader(new StringReader(xml));
      while (r.hasNext()) {
        int event = r.next();
        Location at = new Location(source, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
        switch (event) {
          case XMLStreamConstants.DTD:
            throw new Refused(at, "a DOCTYPE was found, but DTDs are not allowed in styles (they can"
                + " fetch files or expand entities without bound); remove the <!DOCTYPE ...> declaration");
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw new Refused(at, "entity reference &" + r.getLocalName() + "; is not allowed: DTDs and"
                + " custom entities are not supported in styles");
          case XMLStreamConstants.START_ELEMENT:
            if (open.size() >= MAX_DEPTH) {
              throw new Refused(at, "elements are nested more than " + MAX_DEPTH
                  + " deep; a real style needs far fewer, so this file is refused");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
              attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
            open.push(new Builder(r.getLocalName(), r.getPrefix(), attributes, at));
            break;
          case XMLStreamConstants.END_ELEMENT:
            Builder done = open.pop();
            XmlNode node = new XmlNode(done.name, done.prefix == null ? "" : done.prefix,
                done.attributes, done.content, done.at);
            if (open.isEmpty()) {
              root = node;
            } else {
              open.peek().content.add(node);
            }
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!open.isEmpty()) {
              open.peek().content.add(new Text(r.getText(), event == XMLStreamConstants.CDATA, at));
            }
            break;
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      javax.xml.stream.Location l = e.getLocation();
      Location at = l == null ? new Location(source, 0, 0) : new Location(source, l.getLineNumber(), l.getColumnNumber());
      throw new Refused(at, "malformed XML: " + cleanMessage(e.getMessage()));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release: the input is an in-memory string
        }
      }
    }
    if (root == null) {
      throw new Refused(new Location(source, 1, 1), "the file holds no XML element; expected <StyledLayerDescriptor>");
    }
    return root;
  }

  // The JDK prefixes messages with "ParseError at [row,col]:[..]\nMessage: "; we print our own location.
  private static String cleanMessage(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int i = message.indexOf("Message: ");
    return i >= 0 ? message.substring(i + "Message: ".length()).trim() : message.trim();
  }

  private static final class Builder {
    final String name;
    final String prefix;
    final Map<String, String> attributes;
    final List<Object> content = new ArrayList<>();
    final Location at;

    Builder(String name, String prefix, Map<String, String> attributes, Location at) {
      this.name = name;
      this.prefix = prefix;
      this.attributes = attributes;
      this.at = at;
    }
  }
}
