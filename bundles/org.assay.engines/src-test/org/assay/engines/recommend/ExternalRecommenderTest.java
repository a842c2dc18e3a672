package org.assay.engines.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.Manifest;
import org.assay.engines.AnnotateOperation;
import org.assay.type.Entity;
import org.assay.types.AssayTypeSystem;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The external recommender client against a server on the loopback interface that implements
 * INCEpTION's protocol v1 the way its reference servers do: it reads the type system and the
 * XMI it is sent, learns the labelled texts on /train and marks them on /predict.
 */
class ExternalRecommenderTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	private HttpServer server;
	private final Map<String, String> learnt = new ConcurrentHashMap<>();
	private final List<JsonNode> metadata = new CopyOnWriteArrayList<>();
	private volatile int trainStatus = 204;
	private volatile int predictStatus = 200;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/train", this::train);
		server.createContext("/predict", this::predict);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The server's side: a CAS read with the type system it was sent, as a Python server reads it. */
	private static CAS read(JsonNode body, String xmi) throws Exception {
		var ts = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(
				new ByteArrayInputStream(body.get("typeSystem").asText().getBytes(StandardCharsets.UTF_8)), null));
		CAS cas = CasCreationUtils.createCas(ts, null, null);
		XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), cas);
		return cas;
	}

	private void train(HttpExchange x) throws IOException {
		try {
			JsonNode body = JSON.readTree(x.getRequestBody());
			metadata.add(body.get("metadata"));
			if (trainStatus == 204) {
				for (JsonNode d : body.get("documents")) {
					CAS cas = read(body, d.get("xmi").asText());
					Type ne = cas.getTypeSystem().getType(ExternalRecommender.NAMED_ENTITY);
					assertThat(cas.getAnnotationIndex(cas.getTypeSystem().getType(ExternalRecommender.TOKEN)).size()).isPositive();
					for (AnnotationFS a : cas.getAnnotationIndex(ne)) {
						learnt.put(a.getCoveredText(), a.getStringValue(ne.getFeatureByBaseName("value")));
					}
				}
			}
			x.sendResponseHeaders(trainStatus, -1);
		} catch (Exception e) {
			x.sendResponseHeaders(500, -1);
		} finally {
			x.close();
		}
	}

	private void predict(HttpExchange x) throws IOException {
		try {
			JsonNode body = JSON.readTree(x.getRequestBody());
			if (predictStatus != 200) {
				byte[] error = "model not loaded".getBytes(StandardCharsets.UTF_8);
				x.sendResponseHeaders(predictStatus, error.length);
				x.getResponseBody().write(error);
				return;
			}
			CAS cas = read(body, body.get("document").get("xmi").asText());
			Type ne = cas.getTypeSystem().getType(ExternalRecommender.NAMED_ENTITY);
			Feature value = ne.getFeatureByBaseName("value");
			String text = cas.getDocumentText();
			for (Map.Entry<String, String> l : learnt.entrySet()) {
				for (int at = text.indexOf(l.getKey()); at >= 0; at = text.indexOf(l.getKey(), at + 1)) {
					AnnotationFS a = cas.createAnnotation(ne, at, at + l.getKey().length());
					a.setStringValue(value, l.getValue());
					a.setBooleanValue(ne.getFeatureByBaseName("inception_internal_predicted"), true);
					a.setDoubleValue(ne.getFeatureByBaseName("value_score"), 0.8);
					cas.addFsToIndexes(a);
				}
			}
			ByteArrayOutputStream xmi = new ByteArrayOutputStream();
			XmiCasSerializer.serialize(cas, xmi);
			byte[] answer = JSON.writeValueAsBytes(Map.of("document", xmi.toString(StandardCharsets.UTF_8)));
			x.getResponseHeaders().add("Content-Type", "application/json");
			x.sendResponseHeaders(200, answer.length);
			try (OutputStream out = x.getResponseBody()) {
				out.write(answer);
			}
		} catch (Exception e) {
			x.sendResponseHeaders(500, -1);
		} finally {
			x.close();
		}
	}

	private Corpus corpus() throws Exception {
		Corpus corpus = Corpus.openOrCreate(dir.resolve("corpus"));
		String text = "Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked the base.";
		JCas jcas = AssayTypeSystem.newJCas();
		jcas.setDocumentText(text);
		Entity e = new Entity(jcas, text.indexOf("Jama'at"), text.indexOf(" attacked"));
		e.setLabel("ARMED_GROUP");
		e.setStatus("ACCEPTED");
		e.addToIndexes();
		corpus.putText("a.txt", text);
		corpus.writeLayer("a.txt", "alice", jcas, DocumentState.FINISHED);
		corpus.addLabel("ARMED_GROUP");
		Manifest.RecommenderSettings external = new Manifest.RecommenderSettings();
		external.url = url();
		external.timeoutSeconds = 5;
		corpus.setRecommender("spacy", external);
		corpus.save();
		return corpus;
	}

	@Test
	void thatTheServerIsTrainedOnTheDecisionsAndItsPredictionsBecomeSuggestions() throws Exception {
		Corpus corpus = corpus();
		Manifest.RecommenderSettings off = new Manifest.RecommenderSettings();
		off.enabled = false;
		corpus.setRecommender(StringMatcher.NAME, off);
		corpus.setRecommender(SequenceRecommender.NAME, off);
		corpus.save();
		RecommenderState state = new RecommenderTraining(corpus, RecommenderTraining.forCorpus(corpus)).execute(new NullProgressMonitor());
		assertThat(state.recommenders.get("spacy").active).isTrue();
		assertThat(learnt).containsEntry("Jama'at Nusrat al-Islam wal-Muslimin", "ARMED_GROUP");
		JsonNode m = metadata.get(0);
		assertThat(m.get("layer").asText()).isEqualTo("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity");
		assertThat(m.get("feature").asText()).isEqualTo("value");
		assertThat(m.get("anchoringMode").asText()).isEqualTo("tokens");

		Path in = Files.createDirectories(dir.resolve("in"));
		Files.writeString(in.resolve("b.txt"), "Jama'at Nusrat al-Islam wal-Muslimin claimed the attack on Monday.");
		AnnotateOperation.Result r = new AnnotateOperation(in, corpus).execute(new NullProgressMonitor());
		assertThat(r.failures()).isEmpty();
		JCas jcas = AssayTypeSystem.newJCas();
		corpus.readLayer("b.txt", Corpus.ENGINE_LAYER, jcas);
		Entity group = jcas.select(Entity.class).filter(e -> e.getLabel().equals("ARMED_GROUP")).findFirst().orElseThrow();
		assertThat(group.getCoveredText()).isEqualTo("Jama'at Nusrat al-Islam wal-Muslimin");
		assertThat(group.getConfidence()).isEqualTo(0.8);
		assertThat(group.getOrigin()).startsWith("recommender:spacy@");
	}

	@Test
	void thatAServerStillTrainingIsNoErrorAndABrokenOneIsReportedWithoutStoppingTheOthers() throws Exception {
		Corpus corpus = corpus();
		trainStatus = 429;
		RecommenderState state = new RecommenderTraining(corpus, RecommenderTraining.forCorpus(corpus)).execute(new NullProgressMonitor());
		assertThat(state.recommenders.get("spacy").active).isTrue();

		trainStatus = 500;
		state = new RecommenderTraining(corpus, RecommenderTraining.forCorpus(corpus)).execute(new NullProgressMonitor());
		assertThat(state.recommenders.get("spacy").active).isFalse();
		assertThat(state.recommenders.get("spacy").reason).isEqualTo("failed: " + url() + "/train answered HTTP 500");
		assertThat(state.recommenders.get("strings").active).isTrue();
	}

	@Test
	void thatPredictionFailuresAndUnreachableServersSayWhatHappened() throws Exception {
		predictStatus = 503;
		ExternalRecommender r = new ExternalRecommender("spacy", url(), Duration.ofSeconds(5));
		PreparedText text;
		try (TextPreparer preparer = new TextPreparer()) {
			text = preparer.prepare("Nothing to see here.");
		}
		assertThat(catchThrowable(() -> r.predict(text)))
				.hasMessage(url() + "/predict answered HTTP 503: model not loaded");
		server.stop(0);
		ExternalRecommender gone = new ExternalRecommender("spacy", url(), Duration.ofSeconds(2));
		assertThat(catchThrowable(() -> gone.predict(text)))
				.hasMessage(url() + "/predict cannot be reached (is the server running?)");
	}
}
