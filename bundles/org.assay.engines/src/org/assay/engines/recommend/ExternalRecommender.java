package org.assay.engines.recommend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.core.io.XmiFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A recommender that runs elsewhere and speaks INCEpTION's external recommender protocol (v1),
 * so the spaCy, Flair or LLM servers people already run for INCEpTION plug into Assay.
 * {@code POST <url>/train} gets the decided documents, {@code POST <url>/predict} one document;
 * both carry the CAS as XMI with its type system and metadata (layer, feature, anchoring mode).
 * Documents are sent with DKPro Core's type names, which the reference servers read: tokens and
 * sentences, and entities as {@code NamedEntity} whose {@code value} is the label. Predictions
 * are the {@code NamedEntity} annotations the server marks {@code inception_internal_predicted},
 * scored by {@code value_score} (0.5 when the server gives none). A server that cannot be
 * trained (404, 405 or 501 on /train) is used as it is; 429 ("still training") is not an error.
 * Every failure is an {@link IOException} naming the URL and what went wrong.
 */
public final class ExternalRecommender implements Recommender {

	static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
	static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
	static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	static final String FEATURE = "value";
	static final String PREDICTED = "inception_internal_predicted";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String name;
	private final URI url;
	private final Duration timeout;
	private final HttpClient http;

	/**
	 * @param name    its name in the corpus manifest and in origins
	 * @param url     the server's base URL
	 * @param timeout how long to wait for an answer
	 */
	public ExternalRecommender(String name, String url, Duration timeout) {
		this.name = name;
		this.url = URI.create(url.endsWith("/") ? url : url + "/");
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public String name() {
		return name;
	}

	/** The type system of the exchanged documents (DKPro names, INCEpTION's prediction features). */
	static TypeSystemDescription exchangeTypes() {
		TypeSystemDescription ts = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		ts.addType(SENTENCE, "", CAS.TYPE_NAME_ANNOTATION);
		ts.addType(TOKEN, "", CAS.TYPE_NAME_ANNOTATION);
		TypeDescription ne = ts.addType(NAMED_ENTITY, "", CAS.TYPE_NAME_ANNOTATION);
		ne.addFeature(FEATURE, "", CAS.TYPE_NAME_STRING);
		ne.addFeature("identifier", "", CAS.TYPE_NAME_STRING);
		ne.addFeature(PREDICTED, "", CAS.TYPE_NAME_BOOLEAN);
		ne.addFeature(FEATURE + "_score", "", CAS.TYPE_NAME_DOUBLE);
		ne.addFeature(FEATURE + "_score_explanation", "", CAS.TYPE_NAME_STRING);
		return ts;
	}

	/** A CAS of the exchange type system holding {@code text}'s sentences, tokens and {@code entities}. */
	static CAS toCas(PreparedText text, List<LabeledSpan> entities) throws IOException {
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(exchangeTypes(), null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("the exchange type system is invalid: " + e.getMessage(), e);
		}
		cas.setDocumentText(text.text);
		Type sentence = cas.getTypeSystem().getType(SENTENCE);
		Type token = cas.getTypeSystem().getType(TOKEN);
		Type ne = cas.getTypeSystem().getType(NAMED_ENTITY);
		Feature value = ne.getFeatureByBaseName(FEATURE);
		for (int s = 0; s < text.sentences(); s++) {
			if (text.sentenceFirst[s] >= 0) {
				cas.addFsToIndexes(cas.createAnnotation(sentence, text.begin[text.sentenceFirst[s]], text.end[text.sentenceLast[s]]));
			}
		}
		for (int i = 0; i < text.size(); i++) {
			cas.addFsToIndexes(cas.createAnnotation(token, text.begin[i], text.end[i]));
		}
		for (LabeledSpan e : entities) {
			AnnotationFS a = cas.createAnnotation(ne, e.begin(), e.end());
			a.setStringValue(value, e.label());
			cas.addFsToIndexes(a);
		}
		return cas;
	}

	private static String xmi(CAS cas) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XmiCasSerializer.serialize(cas, null, out, false, null);
		} catch (SAXException e) {
			throw new IOException("XMI serialisation failed: " + e.getMessage(), e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String typeSystemXml() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			exchangeTypes().toXML(out);
		} catch (SAXException e) {
			throw new IOException("type system serialisation failed: " + e.getMessage(), e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static ObjectNode metadata() {
		ObjectNode m = JSON.createObjectNode();
		m.put("layer", NAMED_ENTITY);
		m.put("feature", FEATURE);
		m.put("projectId", 0);
		m.put("anchoringMode", "tokens");
		m.put("crossSentence", false);
		return m;
	}

	private static ObjectNode document(String xmi, int id) {
		ObjectNode d = JSON.createObjectNode();
		d.put("xmi", xmi);
		d.put("documentId", id);
		d.put("userId", "assay");
		return d;
	}

	@Override
	public byte[] train(List<Example> examples, IProgressMonitor monitor) throws IOException {
		ObjectNode body = JSON.createObjectNode();
		body.set("metadata", metadata());
		ArrayNode documents = body.putArray("documents");
		int id = 0;
		for (Example e : examples) {
			documents.add(document(xmi(toCas(e.text(), e.document().confirmed())), id++));
		}
		body.put("typeSystem", typeSystemXml());
		HttpResponse<String> r = post("train", body);
		boolean trainable = true;
		if (r.statusCode() == 404 || r.statusCode() == 405 || r.statusCode() == 501) {
			trainable = false; // a pre-trained server: used as it is
		} else if (r.statusCode() != 204 && r.statusCode() != 200 && r.statusCode() != 429) {
			throw failure("train", r);
		}
		ObjectNode model = JSON.createObjectNode();
		model.put("url", url.toString());
		model.put("trainedAt", Instant.now().toString());
		model.put("trainable", trainable);
		model.put("documents", examples.size());
		return JSON.writeValueAsBytes(model);
	}

	@Override
	public Predictor load(byte[] model) {
		return text -> {
			try {
				return predict(text);
			} catch (IOException e) {
				throw new ExternalRecommenderException(e.getMessage(), e);
			}
		};
	}

	/** The server's predictions for one document. */
	List<Suggestion> predict(PreparedText text) throws IOException {
		ObjectNode body = JSON.createObjectNode();
		body.set("metadata", metadata());
		body.set("document", document(xmi(toCas(text, List.of())), 0));
		body.put("typeSystem", typeSystemXml());
		HttpResponse<String> r = post("predict", body);
		if (r.statusCode() != 200) {
			throw failure("predict", r);
		}
		JsonNode answer = JSON.readTree(r.body());
		JsonNode document = answer.get("document");
		if (document == null || !document.isTextual()) {
			throw new IOException(url.resolve("predict") + " answered without a \"document\"");
		}
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(exchangeTypes(), null, null);
			XmiFiles.parse(new ByteArrayInputStream(document.asText().getBytes(StandardCharsets.UTF_8)), url.resolve("predict").toString(),
					cas, true);
		} catch (ResourceInitializationException | SAXException | ParserConfigurationException e) {
			throw new IOException(url.resolve("predict") + " answered with a document that is not valid XMI: " + e.getMessage(), e);
		}
		if (!text.text.equals(cas.getDocumentText())) {
			throw new IOException(url.resolve("predict") + " answered with another text than it was sent");
		}
		Type ne = cas.getTypeSystem().getType(NAMED_ENTITY);
		Feature value = ne.getFeatureByBaseName(FEATURE);
		Feature predicted = ne.getFeatureByBaseName(PREDICTED);
		Feature score = ne.getFeatureByBaseName(FEATURE + "_score");
		List<Suggestion> out = new ArrayList<>();
		for (AnnotationFS a : cas.getAnnotationIndex(ne)) {
			String label = a.getStringValue(value);
			if (a.getBooleanValue(predicted) && label != null && !label.isBlank() && a.getEnd() > a.getBegin()) {
				double s = a.getDoubleValue(score);
				out.add(new Suggestion(a.getBegin(), a.getEnd(), label, s > 0 && s <= 1 ? s : 0.5));
			}
		}
		return out;
	}

	private HttpResponse<String> post(String endpoint, ObjectNode body) throws IOException {
		URI target = url.resolve(endpoint);
		HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (HttpTimeoutException e) {
			throw new IOException(target + " did not answer within " + timeout.toSeconds() + " s", e);
		} catch (ConnectException e) {
			throw new IOException(target + " cannot be reached (is the server running?)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(target + ": interrupted", e);
		}
	}

	private IOException failure(String endpoint, HttpResponse<String> r) {
		String body = r.body() == null ? "" : r.body().strip();
		return new IOException(url.resolve(endpoint) + " answered HTTP " + r.statusCode()
				+ (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body)));
	}

	/** A prediction that failed, carried out of {@link Predictor#suggest}. */
	public static final class ExternalRecommenderException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ExternalRecommenderException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
