package org.assay.types;

import java.util.List;

import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.spi.TypeSystemProvider;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.DocumentMeta;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.type.Sentence;
import org.assay.type.Source;
import org.assay.type.Suggested;
import org.assay.type.Token;

/**
 * Makes the Assay types discoverable through UIMA's {@code TypeSystemProvider} SPI, so
 * {@code TypeSystemDescriptionFactory.createTypeSystemDescription()} and tools built on it see them.
 */
public final class AssayTypeSystemProvider implements TypeSystemProvider {

	@Override
	public List<TypeSystemDescription> listTypeSystemDescriptions() {
		return List.of(AssayTypeSystem.description());
	}

	@Override
	public List<Class<? extends TOP>> listJCasClasses() {
		return List.of(DocumentMeta.class, Sentence.class, Token.class, Reviewable.class, Entity.class,
				Source.class, Cue.class, Quantity.class, Claim.class, Suggested.class);
	}
}
