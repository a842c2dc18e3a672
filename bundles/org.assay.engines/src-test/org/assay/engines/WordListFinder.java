package org.assay.engines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.engines.EngineSources.Source;

/**
 * Finds word lists written in Java: more than {@link #MOST} lower-case word literals side by side
 * as the alternatives of one check. That is arguments or an array initialiser
 * ({@code Set.of("around", "about", ...)}, {@code t.is(i, "days", "weeks", ...)}), the same test
 * chained over several words ({@code w.equals("around") || w.equals("about") || ...}), a run of
 * case labels, or the alternation of a regular expression ({@code "(around|about|...)"}). Word
 * lists belong in a {@code .txt} resource beside the class, read with {@code Lexicon}.
 */
final class WordListFinder {

	/** The most word literals one check may hold: "the", "a", "an" is grammar, five words are a list. */
	static final int MOST = 4;

	/** A lower-case word or a phrase of up to three ("n't", "approx.", "per cent"), not a file name or a message. */
	private static final Pattern WORD = Pattern.compile("[a-z]+(?:['-][a-z]+)*\\.?(?: [a-z]+(?:['-][a-z]+)*\\.?){0,2}");
	private static final Pattern LITERAL = Pattern.compile("\"#(\\d+)\"");
	private static final Pattern RUN = Pattern.compile("\"#\\d+\"(?:\\s*,\\s*\"#\\d+\")+");
	private static final Pattern CASES = Pattern.compile("case\\s+\"#\\d+\"\\s*:(?:\\s*case\\s+\"#\\d+\"\\s*:)+");
	private static final Pattern ALTERNATION = Pattern.compile("\\((?:\\?:)?([^()]*\\|[^()]*)\\)");

	/** A string literal: its value and where it starts in the source. */
	private record Literal(String value, int offset) {
	}

	private final Source source;
	private final List<Literal> literals = new ArrayList<>();
	/** The code with every string literal replaced by {@code "#n"}, n its index in {@link #literals}. */
	private final String masked;
	private final List<String> found = new ArrayList<>();

	private WordListFinder(Source source) {
		this.source = source;
		this.masked = mask(source.code());
	}

	/** The word lists in {@code source}, each as "File.java:line: word, word, ...". */
	static List<String> find(Source source) {
		WordListFinder f = new WordListFinder(source);
		f.findRuns(RUN);
		f.findRuns(CASES);
		f.findChains();
		f.findAlternations();
		return f.found;
	}

	private String mask(String code) {
		StringBuilder b = new StringBuilder(code.length());
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (c == '"' || c == '\'') {
				int end = EngineSources.literalEnd(code, i);
				if (c == '"') {
					boolean block = code.startsWith("\"\"\"", i);
					literals.add(new Literal(unescape(code.substring(i + (block ? 3 : 1), end - (block ? 3 : 1))), i));
					b.append("\"#").append(literals.size() - 1).append('"');
				} else {
					b.append("' '");
				}
				i = end;
			} else {
				b.append(c);
				i++;
			}
		}
		return b.toString();
	}

	private static String unescape(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c != '\\' || i + 1 == s.length()) {
				b.append(c);
				continue;
			}
			char e = s.charAt(++i);
			switch (e) {
			case 'n' -> b.append('\n');
			case 't' -> b.append('\t');
			case 'u' -> {
				b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
				i += 4;
			}
			default -> b.append(e);
			}
		}
		return b.toString();
	}

	/** Literals side by side: arguments, array initialisers, case labels. */
	private void findRuns(Pattern run) {
		Matcher m = run.matcher(masked);
		while (m.find()) {
			report(literalsIn(m.group()));
		}
	}

	/** The same test chained with || over several words, one literal per test. */
	private void findChains() {
		for (String segment : masked.split("[;{}]")) {
			String shape = null;
			List<Literal> chain = new ArrayList<>();
			for (String operand : segment.split("\\|\\|")) {
				List<Literal> in = literalsIn(operand);
				String s = in.size() == 1 ? shapeOf(operand) : null;
				if (s == null || !s.equals(shape)) {
					report(chain);
					chain = new ArrayList<>();
				}
				shape = s;
				if (s != null) {
					chain.add(in.get(0));
				}
			}
			report(chain);
		}
	}

	/**
	 * The operand with its literal blanked, without what a parenthesis left open before it
	 * ("if (") or closed after it, without parentheses around it and without a negation:
	 * {@code w.equals("")}.
	 */
	private static String shapeOf(String operand) {
		String s = LITERAL.matcher(operand).replaceAll("\"\"");
		List<Integer> open = new ArrayList<>();
		int end = s.length();
		for (int i = 0; i < s.length() && end == s.length(); i++) {
			if (s.charAt(i) == '(') {
				open.add(i);
			} else if (s.charAt(i) == ')') {
				if (open.isEmpty()) {
					end = i;
				} else {
					open.remove(open.size() - 1);
				}
			}
		}
		int start = open.isEmpty() ? 0 : open.get(open.size() - 1) + 1;
		String shape = aroundLiteral(s.substring(start, Math.max(start, end))).strip();
		while (shape.startsWith("!") || shape.startsWith("(") && closing(shape) == shape.length() - 1) {
			shape = shape.substring(1, shape.startsWith("!") ? shape.length() : shape.length() - 1).strip();
		}
		return shape;
	}

	/** The test around the blanked literal: without "x =", "return", "a &&" before it or "&& b", "? c : d" after it. */
	private static String aroundLiteral(String s) {
		int literal = s.indexOf("\"\"");
		int from = 0;
		int to = s.length();
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
			boolean apart = depth == 0 && (c == '=' || c == '?' || c == ':' || c == ',' || c == '&' || c == '>' && i > 0
					&& s.charAt(i - 1) == '-' || s.startsWith("return", i));
			if (apart && i < literal) {
				from = i + (s.startsWith("return", i) ? "return".length() : 1);
			} else if (apart && i > literal && to == s.length()) {
				to = i;
			}
		}
		return s.substring(from, Math.max(from, to));
	}

	/** Where the parenthesis that opens {@code s} is closed, or -1. */
	private static int closing(String s) {
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return -1;
	}

	/** Regular expressions with an alternation of words: "\\b(around|about|roughly)\\b". */
	private void findAlternations() {
		for (Literal l : literals) {
			Matcher m = ALTERNATION.matcher(l.value());
			while (m.find()) {
				Set<String> words = new LinkedHashSet<>();
				for (String alternative : m.group(1).split("\\|")) {
					if (WORD.matcher(alternative).matches()) {
						words.add(alternative);
					}
				}
				if (words.size() > MOST) {
					found.add(source.at(l.offset()) + ": " + String.join(", ", words));
				}
			}
		}
	}

	private List<Literal> literalsIn(String maskedCode) {
		List<Literal> in = new ArrayList<>();
		Matcher m = LITERAL.matcher(maskedCode);
		while (m.find()) {
			in.add(literals.get(Integer.parseInt(m.group(1))));
		}
		return in;
	}

	private void report(List<Literal> candidates) {
		Set<String> words = new LinkedHashSet<>();
		for (Literal l : candidates) {
			if (WORD.matcher(l.value()).matches()) {
				words.add(l.value());
			}
		}
		if (words.size() > MOST) {
			found.add(source.at(candidates.get(0).offset()) + ": " + String.join(", ", words));
		}
	}
}
