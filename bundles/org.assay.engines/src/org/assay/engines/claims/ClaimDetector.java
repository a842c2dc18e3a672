package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.engines.claims.QuoteFinder.Quote;
import org.assay.engines.internal.EngineIds;
import org.assay.engines.internal.TokenView;
import org.assay.type.Quantity;

/**
 * PARC-style attribution: finds who asserts what. Direct quotes attributed before, after or
 * around the quotation ({@link QuoteAttribution}), reported speech ({@link ReportedSpeech}),
 * and unattributed statements that carry a figure or a hedge ({@link UnattributedClaims}).
 * Cues are reporting, belief and argument verbs ({@link CueMatcher}) and nouns ({@link NounCues});
 * sources are whole noun phrases ({@link SourcePhrase}), human or not ("the poll found");
 * pronoun, short-form and definite sources ("she", "Ruto", "the minister") point to the nearest
 * plausible full mention ({@link SourceResolver}); factuality comes from the cue and the content
 * ({@link FactualityClassifier}).
 *
 * <p>Inputs: tokens with UD POS tags and sentences; entities (for pronoun resolution) and
 * quantities (figures in unattributed statements, the claim's quantity) when present.
 */
@TypeCapability(inputs = { "org.assay.type.Token", "org.assay.type.Sentence", "org.assay.type.Entity",
		"org.assay.type.Quantity" }, outputs = { "org.assay.type.Claim", "org.assay.type.Source",
				"org.assay.type.Cue" })
public class ClaimDetector extends JCasAnnotator_ImplBase {

	/** Confidence of a quote attributed after it: "Q," a source told AFP. */
	public static final String PARAM_CONFIDENCE_QUOTE_THEN_SOURCE = "confidenceQuoteThenSource";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_QUOTE_THEN_SOURCE, defaultValue = "0.9")
	private double confidenceQuoteThenSource;

	/** Confidence of a quote attributed before it (X said: "Q") and of mixed quotes. */
	public static final String PARAM_CONFIDENCE_SOURCE_THEN_QUOTE = "confidenceSourceThenQuote";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_SOURCE_THEN_QUOTE, defaultValue = "0.85")
	private double confidenceSourceThenQuote;

	/** Confidence of a quote that continues an attributed one and shares its source. */
	public static final String PARAM_CONFIDENCE_CONTINUED_QUOTE = "confidenceContinuedQuote";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_CONTINUED_QUOTE, defaultValue = "0.7")
	private double confidenceContinuedQuote;

	/** Confidence of "For X, ...". */
	public static final String PARAM_CONFIDENCE_FOR_SOURCE = "confidenceForSource";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_FOR_SOURCE, defaultValue = "0.75")
	private double confidenceForSource;

	/** Confidence of "according to X". */
	public static final String PARAM_CONFIDENCE_ACCORDING_TO = "confidenceAccordingTo";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_ACCORDING_TO, defaultValue = "0.85")
	private double confidenceAccordingTo;

	/** Confidence of reported speech around a reporting verb (X said that ...). */
	public static final String PARAM_CONFIDENCE_REPORTING_VERB = "confidenceReportingVerb";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_REPORTING_VERB, defaultValue = "0.7")
	private double confidenceReportingVerb;

	/** Confidence of a cue noun: "the minister's claim that ...", "the accusation by X that ...", "in her view, ...". */
	public static final String PARAM_CONFIDENCE_NOUN_CUE = "confidenceNounCue";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_NOUN_CUE, defaultValue = "0.65")
	private double confidenceNounCue;

	/** Confidence of an unattributed statement with a figure or a hedge. */
	public static final String PARAM_CONFIDENCE_UNATTRIBUTED = "confidenceUnattributed";
	@ConfigurationParameter(name = PARAM_CONFIDENCE_UNATTRIBUTED, defaultValue = "0.5")
	private double confidenceUnattributed;

	/** Whether statements with a figure or a hedge and no source become UNATTRIBUTED claims. */
	public static final String PARAM_UNATTRIBUTED = "unattributed";
	@ConfigurationParameter(name = PARAM_UNATTRIBUTED, defaultValue = "true")
	private boolean unattributed;

	/** How many tokens after a closing quote are searched for its cue. */
	public static final String PARAM_CUE_WINDOW = "cueWindow";
	@ConfigurationParameter(name = PARAM_CUE_WINDOW, defaultValue = "16")
	private int cueWindow;

	/** How many sentences after an attributed quote a new quote still shares its source. */
	public static final String PARAM_CONTINUED_QUOTE_SENTENCES = "continuedQuoteSentences";
	@ConfigurationParameter(name = PARAM_CONTINUED_QUOTE_SENTENCES, defaultValue = "3")
	private int continuedQuoteSentences;

	/** Longest source noun phrase, in tokens. */
	public static final String PARAM_MAX_SOURCE_TOKENS = "maxSourceTokens";
	@ConfigurationParameter(name = PARAM_MAX_SOURCE_TOKENS, defaultValue = "25")
	private int maxSourceTokens;

	/** Entity label of persons (antecedents of he/she). */
	public static final String PARAM_PERSON_LABEL = "personLabel";
	@ConfigurationParameter(name = PARAM_PERSON_LABEL, defaultValue = "PERSON")
	private String personLabel;

	/** Entity label of organisations (antecedents of it/they). */
	public static final String PARAM_ORGANIZATION_LABEL = "organizationLabel";
	@ConfigurationParameter(name = PARAM_ORGANIZATION_LABEL, defaultValue = "ORGANIZATION")
	private String organizationLabel;

	/** Entity label of places (antecedents of it). */
	public static final String PARAM_LOCATION_LABEL = "locationLabel";
	@ConfigurationParameter(name = PARAM_LOCATION_LABEL, defaultValue = "LOCATION")
	private String locationLabel;

	private ClaimSettings settings;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		settings = new ClaimSettings(confidenceQuoteThenSource, confidenceSourceThenQuote, confidenceContinuedQuote,
				confidenceForSource, confidenceAccordingTo, confidenceReportingVerb, confidenceNounCue, confidenceUnattributed, cueWindow,
				continuedQuoteSentences, maxSourceTokens);
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		TokenView t = new TokenView(jcas);
		if (t.size == 0) {
			return;
		}
		ClaimContext ctx = new ClaimContext(t, settings);
		SourcePhrase phrases = new SourcePhrase(ctx);
		ReportedSpeech reported = new ReportedSpeech(ctx, phrases);
		QuoteAttribution quotes = new QuoteAttribution(ctx, phrases, reported);

		List<Quote> quoted = QuoteFinder.find(t, ctx.clauses);
		quotes.markQuoted(quoted);
		List<Attribution> found = new ArrayList<>();
		quotes.attribute(quoted, found);
		for (int s = 0; s < t.sentences(); s++) {
			if (t.sentenceFirst[s] >= 0) {
				reported.find(s, found);
			}
		}
		if (unattributed) {
			UnattributedClaims statements = new UnattributedClaims(ctx);
			List<Quantity> measured = jcas.select(Quantity.class)
					.filter(q -> q.getMeasure() != null && !q.getMeasure().isEmpty()).toList();
			for (int s = 0; s < t.sentences(); s++) {
				if (t.sentenceFirst[s] >= 0) {
					statements.find(s, measured, found);
				}
			}
		}
		found.sort(Comparator.comparingInt(a -> a.contentFirst));
		new ClaimWriter(t, EngineIds.CLAIMS, new FactualityClassifier(t, ctx.cues),
				new SourceResolver(t, personLabel, organizationLabel, locationLabel)).write(jcas, found);
	}
}
