package org.assay.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.ServiceLoader;

import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.spi.TypeSystemProvider;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.junit.jupiter.api.Test;

class AssayTypeSystemTest {

	@Test
	void thatDescriptorVersionMatchesTheConstant() {
		assertThat(AssayTypeSystem.description().getVersion()).isEqualTo(AssayTypeSystem.VERSION);
	}

	@Test
	void thatEveryDescribedFeatureHasAJCasGetter() throws Exception {
		for (TypeDescription type : AssayTypeSystem.description().getTypes()) {
			if (type.getSupertypeName().equals("uima.cas.String")) {
				continue; // string subtypes have no JCas class
			}
			Class<?> jcasClass = Class.forName(type.getName());
			for (FeatureDescription feature : type.getFeatures()) {
				String getter = "get"
						+ Character.toUpperCase(feature.getName().charAt(0)) + feature.getName().substring(1);
				assertThat(Arrays.stream(jcasClass.getMethods()).map(Method::getName))
						.as("%s.%s", type.getName(), feature.getName()).contains(getter);
			}
		}
	}

	@Test
	void thatJCasUsesTheGeneratedClasses() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("Abass Dembele was arrested.");
		Entity person = new Entity(jcas, 0, 13);
		person.setLabel("PERSON");
		person.setStatus(ReviewStatus.SUGGESTED.name());
		person.addToIndexes();
		assertThat(jcas.select(Entity.class).single().getCoveredText()).isEqualTo("Abass Dembele");
	}

	@Test
	void thatReviewStatusRejectsUnknownValues() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("x");
		Entity e = new Entity(jcas, 0, 1);
		assertThatThrownBy(() -> e.setStatus("MAYBE")).isInstanceOf(CASRuntimeException.class);
	}

	@Test
	void thatClaimEnumsMatchAllowedValues() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("x");
		Claim claim = new Claim(jcas, 0, 1);
		for (ClaimKind kind : ClaimKind.values()) {
			claim.setKind(kind.name());
		}
		for (Factuality f : Factuality.values()) {
			claim.setFactuality(f.name());
		}
		for (ReviewStatus s : ReviewStatus.values()) {
			claim.setStatus(s.name());
		}
		assertThat(claim.getStatus()).isEqualTo("MANUAL");
	}

	@Test
	void thatUnboundedIntervalEndsAreInfinite() {
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText("at least 20");
		Quantity q = new Quantity(jcas, 0, 11);
		q.setLow(20);
		q.setHigh(Double.POSITIVE_INFINITY);
		assertThat(q.getHigh()).isInfinite();
	}

	@Test
	void thatTheTypeSystemIsFoundThroughTheSpi() {
		assertThat(ServiceLoader.load(TypeSystemProvider.class).stream().map(p -> p.type().getName()))
				.contains(AssayTypeSystemProvider.class.getName());
		assertThat(new AssayTypeSystemProvider().listJCasClasses()).hasSize(10);
	}
}
