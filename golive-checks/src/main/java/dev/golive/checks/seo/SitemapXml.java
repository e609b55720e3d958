package dev.golive.checks.seo;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a sitemap (sitemaps.org 0.9) as a stream, counting its {@code <loc>} entries without
 * keeping them. The JDK's own StAX parser is used with DTDs and external entities off, and a
 * document that declares a DOCTYPE is refused outright: a hostile target cannot make golive read
 * files or fetch URLs through its XML. Gzipped sitemaps are unpacked up to {@value #MAX_UNPACKED}
 * bytes.
 */
final class SitemapXml {
  static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final int MAX_UNPACKED = 16 << 20;
  private static final int MAX_LOC = 300;

  private SitemapXml() {}

  /**
   * What was read.
   *
   * @param root the root element's local name, or {@code null} when none was reached
   * @param namespace the root element's namespace, or an empty string
   * @param locs how many non-empty {@code <loc>} entries of {@code <url>} or {@code <sitemap>}
   * @param firstLoc the first of them, or {@code null}
   * @param compressed whether it came gzipped
   * @param cut whether the document ended early because the body was cut, after which it was judged
   *     on what had arrived
   * @param problem why it is not a readable sitemap, or {@code null}
   */
  record Read(
      String root,
      String namespace,
      int locs,
      String firstLoc,
      boolean compressed,
      boolean cut,
      String problem) {}

  static Read read(byte[] body, boolean truncated) {
    boolean gzip = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    Counter counter = new Counter();
    try (InputStream in = open(body, gzip)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      try {
        counter.run(xml);
      } finally {
        xml.close();
      }
      return counter.result(gzip, false, null);
    } catch (XMLStreamException | IOException e) {
      boolean cut = truncated || overLimit(e);
      if (cut && counter.root != null) {
        return counter.result(gzip, true, null);
      }
      return counter.result(gzip, false, counter.refused != null ? counter.refused : why(e));
    }
  }

  private static boolean overLimit(Throwable e) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (t instanceof Limit) {
        return true;
      }
      t = t.getCause();
    }
    return false;
  }

  private static InputStream open(byte[] body, boolean gzip) throws IOException {
    InputStream raw = new ByteArrayInputStream(body);
    return gzip ? new Limited(new GZIPInputStream(raw), MAX_UNPACKED) : raw;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return f;
  }

  private static String why(Exception e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = m.indexOf("Message: ");
    String plain = (at >= 0 ? m.substring(at + 9) : m).replaceAll("\\s+", " ").strip();
    return "is not well-formed XML: "
        + (plain.length() > 200 ? plain.substring(0, 199) + "…" : plain);
  }

  /** Walks the document, counting locs; refuses a DOCTYPE. */
  private static final class Counter {
    String root;
    String namespace = "";
    int locs;
    String firstLoc;
    String refused;

    void run(XMLStreamReader xml) throws XMLStreamException {
      int depth = 0;
      String parent = null;
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD -> {
            refused = "declares a DOCTYPE, which a sitemap never does; it was not read further";
            throw new XMLStreamException(refused);
          }
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            String name = xml.getLocalName();
            if (depth == 1) {
              root = name;
              namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            } else if (depth == 2) {
              parent = name;
            } else if (depth == 3
                && name.equals("loc")
                && ("url".equals(parent) || "sitemap".equals(parent))) {
              String loc = xml.getElementText().strip();
              depth--;
              if (!loc.isEmpty()) {
                locs++;
                if (firstLoc == null) {
                  firstLoc = loc.length() > MAX_LOC ? loc.substring(0, MAX_LOC - 1) + "…" : loc;
                }
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> depth--;
          default -> {
            // text, comments and processing instructions outside <loc> do not matter
          }
        }
      }
    }

    Read result(boolean compressed, boolean cut, String problem) {
      return new Read(root, namespace, locs, firstLoc, compressed, cut, problem);
    }
  }

  /** Thrown when an unpacked sitemap passes the size limit. */
  private static final class Limit extends IOException {
    private static final long serialVersionUID = 1L;

    Limit() {
      super("unpacked sitemap is larger than " + (MAX_UNPACKED >> 20) + " MiB");
    }
  }

  /** An input stream that stops with {@link Limit} after {@code max} bytes. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long max) {
      super(in);
      this.left = max;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        throw new Limit();
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (left <= 0) {
        throw new Limit();
      }
      int n = super.read(buf, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
