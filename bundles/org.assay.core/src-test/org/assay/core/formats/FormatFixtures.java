package org.assay.core.formats;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.Span;
import org.assay.core.corpus.Corpus;
import org.assay.core.review.ClaimParts;
import org.assay.type.Claim;
import org.assay.type.Cue;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Sentence;
import org.assay.type.Source;
import org.assay.type.Token;
import org.assay.types.AssayTypeSystem;

/** What the format tests share: a sample layer, and a layer read back from a corpus. */
public final class FormatFixtures {

	private FormatFixtures() {
	}

	/** Layer {@code layer} of document {@code id}, read from {@code corpus}. */
	public static JCas read(Corpus corpus, String id, String layer) throws CorpusException {
		JCas jcas = AssayTypeSystem.newJCas();
		corpus.readLayer(id, layer, jcas);
		return jcas;
	}

	/** A layer with tokens, sentences, entities (one inside a token), claims with every kind of part. */
	public static JCas sample() {
		String text = "Police said 20-30 people died in Nairobi.\nThe U.S.-backed \"talks will fail\", he added, \"and soon\".\n";
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		Matcher m = Pattern.compile("[\\w.-]+|[^\\w\\s]").matcher(text);
		while (m.find()) {
			new Token(jcas, m.start(), m.end()).addToIndexes();
		}
		int nl = text.indexOf('\n');
		new Sentence(jcas, 0, nl).addToIndexes();
		new Sentence(jcas, nl + 1, text.length() - 1).addToIndexes();
		entity(jcas, text, "Police", "ORGANIZATION");
		entity(jcas, text, "20-30 people", "QUANTITY");
		entity(jcas, text, "Nairobi", "LOCATION");
		entity(jcas, text, "U.S.", "LOCATION"); // inside the token "U.S.-backed"
		Claim died = new Claim(jcas, text.indexOf("20-30"), text.indexOf("."));
		died.setKind("INDIRECT");
		died.setFactuality("ASSERTED");
		died.setStatus("ACCEPTED");
		Source police = new Source(jcas, 0, 6);
		police.setStatus("ACCEPTED");
		police.addToIndexes();
		died.setSource(police);
		Cue said = new Cue(jcas, 7, 11);
		said.setStatus("ACCEPTED");
		said.addToIndexes();
		died.setCue(said);
		Quantity q = new Quantity(jcas, text.indexOf("20-30"), text.indexOf(" people"));
		q.setLow(20);
		q.setHigh(30);
		q.setUnit("");
		q.setMeasure("people died");
		q.setApproximate(false);
		q.setStatus("ACCEPTED");
		q.addToIndexes();
		died.setQuantity(q);
		died.addToIndexes();
		Claim talks = new Claim(jcas, text.indexOf("talks"), text.indexOf("soon") + 4);
		ClaimParts.setContent(talks, List.of(new Span(text.indexOf("talks"), text.indexOf("fail") + 4),
				new Span(text.indexOf("and soon"), text.indexOf("soon") + 4)));
		talks.setKind("DIRECT_QUOTE");
		talks.setFactuality("HEDGED");
		talks.setStatus("MANUAL");
		Source he = new Source(jcas, text.indexOf("he added"), text.indexOf("he added") + 2);
		he.setStatus("MANUAL");
		he.addToIndexes();
		talks.setSource(he);
		talks.addToIndexes();
		return jcas;
	}

	private static void entity(JCas jcas, String text, String s, String label) {
		Entity e = new Entity(jcas, text.indexOf(s), text.indexOf(s) + s.length());
		e.setLabel(label);
		e.setStatus("ACCEPTED");
		e.addToIndexes();
	}
}
