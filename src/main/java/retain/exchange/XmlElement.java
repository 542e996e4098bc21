package retain.exchange;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML element read with the JDK's StAX parser, with its 1-based line and column. A document type
 * declaration is refused outright, so no entity can be declared: neither an external one that would
 * read a file or a URL (XXE) nor nested ones that expand without end (billion laughs).
 */
record XmlElement(
    String name,
    Map<String, String> attributes,
    List<XmlElement> children,
    String text,
    int line,
    int column) {

  /** XML that cannot be read, and where. */
  static final class Malformed extends Exception {
    final int line;
    final int column;

    Malformed(int line, int column, String message) {
      super(message, null, false, false);
      this.line = Math.max(line, 1);
      this.column = Math.max(column, 1);
    }
  }

  XmlElement {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The document's root element. */
  static XmlElement parse(String xml) throws Malformed {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(xml));
      return root(reader);
    } catch (XMLStreamException invalid) {
      Location at = invalid.getLocation();
      String message =
          invalid
              .getMessage()
              .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
      throw new Malformed(
          at == null ? 1 : at.getLineNumber(),
          at == null ? 1 : at.getColumnNumber(),
          "invalid XML: " + message.strip());
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing was opened that closing could lose
        }
      }
    }
  }

  private static XmlElement root(XMLStreamReader reader) throws XMLStreamException, Malformed {
    Deque<Builder> open = new ArrayDeque<>();
    XmlElement root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      Location at = reader.getLocation();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw new Malformed(
                at.getLineNumber(),
                at.getColumnNumber(),
                "a document type declaration (<!DOCTYPE) is not allowed: its entities could read"
                    + " files or expand without end");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new Malformed(
                at.getLineNumber(),
                at.getColumnNumber(),
                "entity '&" + reader.getLocalName() + ";' is not allowed");
        case XMLStreamConstants.START_ELEMENT -> {
          Map<String, String> attributes = new HashMap<>();
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          open.push(
              new Builder(
                  reader.getLocalName(), attributes, at.getLineNumber(), at.getColumnNumber()));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement done = open.pop().build();
          if (open.isEmpty()) {
            root = done;
          } else {
            open.peek().children.add(done);
          }
        }
        default -> {}
      }
    }
    if (root == null) {
      throw new Malformed(1, 1, "invalid XML: no root element");
    }
    return root;
  }

  /** The first child named {@code name}. */
  Optional<XmlElement> child(String name) {
    return children.stream().filter(child -> child.name.equals(name)).findFirst();
  }

  /** The children named {@code name}, in document order. */
  List<XmlElement> all(String name) {
    return children.stream().filter(child -> child.name.equals(name)).toList();
  }

  /** The text of the {@code <text>} inside child {@code name}, as Moodle nests its texts. */
  Optional<String> text(String name) {
    return child(name).flatMap(child -> child.child("text")).map(XmlElement::text);
  }

  /** An element being read: its children come before it is complete. */
  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int column;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Builder(String name, Map<String, String> attributes, int line, int column) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.column = column;
    }

    XmlElement build() {
      return new XmlElement(name, attributes, children, text.toString(), line, column);
    }
  }
}
