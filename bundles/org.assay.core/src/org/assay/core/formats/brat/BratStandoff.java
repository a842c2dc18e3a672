package org.assay.core.formats.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.core.Abbreviation;
import org.assay.core.Span;
import org.assay.core.formats.ForeignLayer;

/**
 * The lines of a brat {@code .ann} file, parsed and checked against the text: text-bound
 * annotations (T) with their offsets turned from code points into Java's UTF-16 offsets and
 * their quoted text compared with the text there, relations (R), events (E), attributes (A, M)
 * and AnnotatorNotes (#). Normalizations (N) and equivalences (*) are counted as left out.
 */
final class BratStandoff {

	private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t?(.*)$");

	/** A text-bound annotation: its id, type and fragments (sorted, in UTF-16 offsets). */
	record TextBound(String id, String type, List<Span> fragments) {
		/** From its first fragment's begin to its last's end. */
		Span whole() {
			return new Span(fragments.get(0).begin(), fragments.get(fragments.size() - 1).end());
		}
	}

	/** The T lines by id, in file order. */
	final Map<String, TextBound> spans = new LinkedHashMap<>();
	/** R lines, each {@code [id, "Type Arg1:T Arg2:T"]}. */
	final List<String[]> relations = new ArrayList<>();
	/** E lines, each {@code [id, "Type:Trigger Role:T ..."]}. */
	final List<String[]> events = new ArrayList<>();
	/** A and M lines, each {@code [id, "Name Target [Value]"]}. */
	final List<String[]> attributes = new ArrayList<>();
	/** AnnotatorNotes by the id they annotate. */
	final Map<String, String> notes = new HashMap<>();

	private final String text;
	private final int[] utf16;

	/**
	 * Parses {@code ann}, the annotations of {@code text}, counting what has no Assay counterpart in {@code layer}.
	 *
	 * @throws IllegalArgumentException "line N: problem" for a malformed or inconsistent line
	 */
	BratStandoff(String text, String ann, ForeignLayer layer) {
		this.text = text;
		this.utf16 = codePointOffsets(text);
		String[] lines = ann.split("\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
			if (line.isBlank()) {
				continue;
			}
			try {
				switch (line.charAt(0)) {
				case 'T' -> {
					TextBound t = textBound(line);
					if (spans.put(t.id(), t) != null) {
						throw new IllegalArgumentException(t.id() + " is defined twice");
					}
				}
				case 'R' -> relations.add(fields(line));
				case 'E' -> events.add(fields(line));
				case 'A', 'M' -> attributes.add(fields(line));
				case '#' -> note(line);
				case 'N' -> layer.leftOut("normalizations (N)");
				case '*' -> layer.leftOut("equivalences (*)");
				default -> throw new IllegalArgumentException("'" + Abbreviation.ofInput(line) + "' is not a brat annotation line (T, R, E, A, M, N, #, *)");
				}
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage());
			}
		}
	}

	private void note(String line) {
		String[] f = line.split("\t", 3);
		String[] head = f.length > 1 ? f[1].split(" ") : new String[0];
		if (head.length == 2 && head[0].equals("AnnotatorNotes") && f.length == 3) {
			notes.put(head[1], f[2]);
		}
	}

	private TextBound textBound(String line) {
		Matcher m = T_LINE.matcher(line);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + Abbreviation.ofInput(line) + "' is not 'T<n><TAB>Type begin end<TAB>text'");
		}
		List<Span> fragments = new ArrayList<>();
		StringBuilder covered = new StringBuilder();
		for (String part : m.group(3).split(";")) {
			String[] be = part.trim().split(" +");
			if (be.length != 2) {
				throw new IllegalArgumentException(m.group(1) + ": '" + part + "' is not 'begin end'");
			}
			int begin = offset(be[0], m.group(1));
			int end = offset(be[1], m.group(1));
			if (end < begin) {
				throw new IllegalArgumentException(m.group(1) + ": end " + be[1] + " is before begin " + be[0]);
			}
			fragments.add(new Span(begin, end));
			covered.append(fragments.size() == 1 ? "" : " ").append(text, begin, end);
		}
		if (!m.group(4).isEmpty() && !m.group(4).equals(covered.toString())) {
			throw new IllegalArgumentException(m.group(1) + ": its text '" + Abbreviation.ofInput(m.group(4)) + "' is not the text at its offsets ('"
					+ Abbreviation.ofInput(covered.toString()) + "'); are the .txt and the .ann from the same version?");
		}
		fragments.sort(Comparator.comparingInt(Span::begin));
		return new TextBound(m.group(1), m.group(2), fragments);
	}

	/** A code point offset as Java's UTF-16 offset. */
	private int offset(String digits, String id) {
		int cp;
		try {
			cp = Integer.parseInt(digits);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(id + ": offset '" + Abbreviation.ofInput(digits) + "' is not a number");
		}
		if (cp < 0 || cp >= utf16.length) {
			throw new IllegalArgumentException(id + ": offset " + cp + " is outside the text (" + (utf16.length - 1) + " characters)");
		}
		return utf16[cp];
	}

	/** For each code point offset 0..n, the UTF-16 offset: brat counts code points, Java UTF-16 units. */
	private static int[] codePointOffsets(String text) {
		int[] map = new int[text.codePointCount(0, text.length()) + 1];
		int cp = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			map[cp++] = i;
		}
		map[cp] = text.length();
		return map;
	}

	private static String[] fields(String line) {
		String[] f = line.split("\t", -1);
		if (f.length < 2 || f[1].isBlank()) {
			throw new IllegalArgumentException("'" + Abbreviation.ofInput(line) + "' lacks its annotation after the id and a tab");
		}
		return f;
	}
}
