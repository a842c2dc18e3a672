package org.assay.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.assay.core.CorpusException;
import org.assay.types.AssayTypeSystem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads and writes UIMA XMI. Reading is hardened: no DOCTYPE, no external entities, no external
 * DTDs, secure processing on; a file that tries any of them is refused with its name.
 */
public final class XmiFiles {

	private static final SAXParserFactory FACTORY = hardenedFactory();

	private XmiFiles() {
	}

	private static SAXParserFactory hardenedFactory() {
		SAXParserFactory f = SAXParserFactory.newInstance();
		f.setNamespaceAware(true);
		f.setXIncludeAware(false);
		try {
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("The XML parser cannot be hardened against external entities", e);
		}
		return f;
	}

	/** Fills {@code cas} (which must be empty) from an XMI file. */
	public static void read(Path file, CAS cas) throws CorpusException {
		try (InputStream in = Files.newInputStream(file)) {
			parse(in, file.toUri().toString(), cas, false);
		} catch (NoSuchFileException e) {
			throw new CorpusException(file, "does not exist");
		} catch (SAXParseException e) {
			String what = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
					? "is refused: it declares a DOCTYPE (external entities are not allowed in XMI)"
					: "is not valid XMI" + (e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")" : "")
							+ ": " + e.getMessage();
			cas.reset();
			throw new CorpusException(file, what, e);
		} catch (SAXException | ParserConfigurationException | RuntimeException e) {
			cas.reset();
			String m = e.getMessage();
			throw new CorpusException(file, "is not valid XMI: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m)), e);
		} catch (IOException e) {
			throw new CorpusException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Fills {@code cas} from XMI read from {@code in}, hardened as files are; {@code lenient}
	 * skips types and features the CAS's type system lacks (XMI from another program).
	 */
	public static void parse(InputStream in, String systemId, CAS cas, boolean lenient)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader reader = FACTORY.newSAXParser().getXMLReader();
		XmiCasDeserializer deserializer = new XmiCasDeserializer(cas.getTypeSystem());
		reader.setContentHandler(deserializer.getXmiCasHandler(cas, lenient));
		// errors become the exception the caller reports, never "[Fatal Error] ..." on stderr
		reader.setErrorHandler(new DefaultHandler());
		InputSource source = new InputSource(in);
		source.setSystemId(systemId);
		reader.parse(source);
	}

	/** {@code cas} as XMI bytes ({@code file} names it in a message if serialisation fails). */
	public static byte[] serialize(CAS cas, Path file) throws CorpusException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
		try {
			XmiCasSerializer.serialize(cas, null, out, true, null);
		} catch (SAXException e) {
			throw new CorpusException(file, "cannot be written: XMI serialisation failed: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/** Writes {@code cas} atomically. */
	public static void write(CAS cas, Path file) throws CorpusException {
		AtomicFileWriter.write(file, out -> {
			try {
				XmiCasSerializer.serialize(cas, null, out, true, null);
			} catch (SAXException e) {
				throw new IOException("XMI serialisation failed: " + e.getMessage(), e);
			}
		});
	}

	/** Writes the Assay type system descriptor to {@code target} atomically: what UIMA needs beside XMI files to read them. */
	public static void writeTypeSystem(Path target) throws CorpusException {
		AtomicFileWriter.write(target, out -> {
			try (InputStream in = AssayTypeSystem.descriptorUrl().openStream()) {
				in.transferTo(out);
			}
		});
	}
}
