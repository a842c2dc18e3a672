package org.assay.types;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Entry point to the Assay type system: its descriptor, its version and CAS creation that finds
 * the JCas classes both on a flat class path and inside OSGi (where UIMA cannot see this bundle's
 * classes through its own class loader).
 */
public final class AssayTypeSystem {

	/** Version of the saved format; matches the descriptor's {@code <version>}. */
	public static final String VERSION = "1.1.0";

	/** Resource path of the descriptor inside this bundle. */
	public static final String DESCRIPTOR = "/org/assay/types/AssayTypeSystem.xml";

	private static volatile TypeSystemDescription description;

	private AssayTypeSystem() {
	}

	/** The type system descriptor (parsed once; callers must not modify it). */
	public static TypeSystemDescription description() {
		TypeSystemDescription d = description;
		if (d == null) {
			synchronized (AssayTypeSystem.class) {
				d = description;
				if (d == null) {
					d = parse();
					description = d;
				}
			}
		}
		return d;
	}

	/** A fresh copy of the descriptor that callers may merge into or change. */
	public static TypeSystemDescription copyOfDescription() {
		return (TypeSystemDescription) description().clone();
	}

	/** URL of the descriptor, for writing it beside exported XMI. */
	public static URL descriptorUrl() {
		URL url = AssayTypeSystem.class.getResource(DESCRIPTOR);
		if (url == null) {
			throw new IllegalStateException("Assay type system descriptor missing from bundle: " + DESCRIPTOR);
		}
		return url;
	}

	private static TypeSystemDescription parse() {
		URL url = descriptorUrl();
		try {
			TypeSystemDescription tsd = UIMAFramework.getXMLParser()
					.parseTypeSystemDescription(new XMLInputSource(url));
			tsd.resolveImports();
			return tsd;
		} catch (InvalidXMLException | IOException e) {
			throw new IllegalStateException("Cannot read Assay type system " + url + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A resource manager whose extension class loader is {@code loader}, so UIMA finds JCas and
	 * engine classes that live in other OSGi bundles.
	 */
	public static ResourceManager resourceManager(ClassLoader loader) {
		ResourceManager rm = UIMAFramework.newDefaultResourceManager();
		try {
			rm.setExtensionClassLoader(loader, true);
		} catch (Exception e) {
			throw new IllegalStateException("Cannot set UIMA extension class loader", e);
		}
		return rm;
	}

	/** A new empty JCas with the Assay type system and the Assay JCas classes. */
	public static JCas newJCas() {
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(AssayTypeSystem.class.getClassLoader());
		try {
			return CasCreationUtils
					.createCas(description(), null, null, null,
							resourceManager(AssayTypeSystem.class.getClassLoader()))
					.getJCas();
		} catch (ResourceInitializationException | org.apache.uima.cas.CASException e) {
			throw new IllegalStateException("Cannot create a CAS with the Assay type system", e);
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
	}

	/** Names of all Assay types, in descriptor order. */
	public static List<String> typeNames() {
		return java.util.Arrays.stream(description().getTypes()).map(t -> t.getName()).toList();
	}
}
