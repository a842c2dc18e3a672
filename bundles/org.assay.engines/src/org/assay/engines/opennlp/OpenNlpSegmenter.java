package org.assay.engines.opennlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.assay.core.FallbackTokens;
import org.assay.core.Span;
import org.assay.engines.internal.OpenNlpModels;
import org.assay.type.Sentence;
import org.assay.type.Token;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Sentences and tokens with OpenNLP's English UD models. Paragraph breaks (blank or single
 * newlines, as news text uses them) always end a sentence; tokens the model leaves glued to
 * punctuation ("Kati," or "country's") are split so entity spans can end on the name.
 */
@TypeCapability(outputs = { "org.assay.type.Sentence", "org.assay.type.Token" })
public class OpenNlpSegmenter extends JCasAnnotator_ImplBase {

	/**
	 * Longest run of non-space characters given to OpenNLP's tokenizer model; longer runs (URLs,
	 * hashes, tables without spaces) are split into letter/digit runs and single marks instead,
	 * because the model's cost grows with the square of a run's length.
	 */
	public static final String PARAM_MAX_MODEL_RUN = "maxModelRun";
	@ConfigurationParameter(name = PARAM_MAX_MODEL_RUN, defaultValue = "64")
	private int maxModelRun;

	private SentenceDetectorME sentenceDetector;
	private TokenizerME tokenizer;

	@Override
	public void initialize(UimaContext context) throws ResourceInitializationException {
		super.initialize(context);
		try {
			sentenceDetector = new SentenceDetectorME(OpenNlpModels.sentence());
			tokenizer = new TokenizerME(OpenNlpModels.tokenizer());
		} catch (IOException e) {
			throw new ResourceInitializationException(e);
		}
	}

	@Override
	public void process(JCas jcas) throws AnalysisEngineProcessException {
		String text = jcas.getDocumentText();
		if (text == null) {
			return;
		}
		int lineStart = 0;
		while (lineStart < text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			processParagraph(jcas, text, lineStart, lineEnd);
			lineStart = lineEnd + 1;
		}
	}

	private void processParagraph(JCas jcas, String text, int from, int to) {
		String paragraph = text.substring(from, to);
		if (paragraph.isBlank()) {
			return;
		}
		for (var s : sentenceDetector.sentPosDetect(paragraph)) { // OpenNLP's spans (Span is Assay's here)
			int sBegin = from + s.getStart();
			int sEnd = from + s.getEnd();
			while (sEnd > sBegin && Character.isWhitespace(text.charAt(sEnd - 1))) {
				sEnd--;
			}
			if (sEnd <= sBegin) {
				continue;
			}
			new Sentence(jcas, sBegin, sEnd).addToIndexes();
			String sentence = text.substring(sBegin, sEnd);
			for (Span t : tokenize(sentence)) {
				for (int[] piece : split(sentence, t.begin(), t.end())) {
					new Token(jcas, sBegin + piece[0], sBegin + piece[1]).addToIndexes();
				}
			}
		}
	}

	/** The model's tokens of a sentence; runs longer than {@link #PARAM_MAX_MODEL_RUN} are split without it. */
	private List<Span> tokenize(String sentence) {
		List<Span> tokens = new ArrayList<>();
		int runStart = -1;
		boolean longRun = false;
		for (int i = 0; i <= sentence.length() && !longRun; i++) {
			boolean space = i == sentence.length() || Character.isWhitespace(sentence.charAt(i));
			if (!space && runStart < 0) {
				runStart = i;
			} else if (space && runStart >= 0) {
				longRun = i - runStart > maxModelRun;
				runStart = -1;
			}
		}
		if (!longRun) {
			for (var t : tokenizer.tokenizePos(sentence)) {
				tokens.add(new Span(t.getStart(), t.getEnd()));
			}
			return tokens;
		}
		// tokenize run by run: the model for ordinary runs, letter/digit runs and marks for long ones
		int i = 0;
		while (i < sentence.length()) {
			if (Character.isWhitespace(sentence.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
				end++;
			}
			String run = sentence.substring(i, end);
			if (run.length() > maxModelRun) {
				for (Span t : FallbackTokens.of(run)) {
					tokens.add(new Span(i + t.begin(), i + t.end()));
				}
			} else {
				for (var t : tokenizer.tokenizePos(run)) {
					tokens.add(new Span(i + t.getStart(), i + t.getEnd()));
				}
			}
			i = end;
		}
		return tokens;
	}

	/** Splits leading/trailing punctuation and English clitics off a model token. */
	static List<int[]> split(String s, int begin, int end) {
		List<int[]> head = new ArrayList<>(2);
		List<int[]> tail = new ArrayList<>(2);
		while (end - begin > 1 && isSplittable(s.charAt(begin))) {
			head.add(new int[] { begin, begin + 1 });
			begin++;
		}
		while (end - begin > 1 && isSplittable(s.charAt(end - 1))) {
			if (s.charAt(end - 1) == '.' && looksLikeAbbreviation(s, begin, end)) {
				break;
			}
			tail.add(0, new int[] { end - 1, end });
			end--;
		}
		int clitic = cliticStart(s, begin, end);
		List<int[]> result = new ArrayList<>(head);
		int wordEnd = clitic > begin ? clitic : end;
		// "Mali-Burkina" -> Mali - Burkina: a hyphen before a capital joins names, not one word
		int start = begin;
		for (int i = begin + 1; i < wordEnd - 1; i++) {
			if (s.charAt(i) == '-' && Character.isUpperCase(s.charAt(i + 1)) && Character.isLetter(s.charAt(i - 1))) {
				result.add(new int[] { start, i });
				result.add(new int[] { i, i + 1 });
				start = i + 1;
			}
		}
		result.add(new int[] { start, wordEnd });
		if (clitic > begin) {
			result.add(new int[] { clitic, end });
		}
		result.addAll(tail);
		return result;
	}

	private static boolean isSplittable(char c) {
		switch (c) {
		case ',': case ';': case ':': case '!': case '?': case '"': case '(': case ')': case '[': case ']':
		case '\u201C': case '\u201D': case '\u2018': case '\u2019': case '.': case '\'':
			return true;
		default:
			return false;
		}
	}

	/** "Gen." or "U.S." keep their dot; "Kati." does not. */
	private static boolean looksLikeAbbreviation(String s, int begin, int end) {
		String word = s.substring(begin, end - 1);
		return word.indexOf('.') >= 0 || (word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
				&& (end - begin) < 5 && !word.chars().allMatch(Character::isUpperCase));
	}

	private static int cliticStart(String s, int begin, int end) {
		if (end - begin > 2) {
			char a = s.charAt(end - 2);
			char b = s.charAt(end - 1);
			if ((a == '\'' || a == '\u2019') && (b == 's' || b == 'S')) {
				return end - 2;
			}
			if (end - begin > 3 && (b == 't') && (a == '\'' || a == '\u2019') && s.charAt(end - 3) == 'n') {
				return end - 3;
			}
		}
		return -1;
	}
}
