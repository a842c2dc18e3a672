package org.assay.core.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Document ids, whatever their source (a manifest, an import, a file name): a relative path of
 * plain segments below {@code texts/}, so every file written for a document stays inside the
 * corpus (or the export folder) — no absolute path, no {@code ..}, no hidden segment, no control
 * characters — and one spelling per document ({@code a/./b} and {@code a//b} are {@code a/b}).
 */
public final class DocumentIds {

	/** Longest id accepted (file systems allow 255 bytes per segment; ids nest). */
	public static final int MAX_LENGTH = 400;

	private DocumentIds() {
	}

	/** The one spelling of an id: empty and "." segments dropped. */
	public static String normalise(String id) {
		if (id == null) {
			return null;
		}
		List<String> kept = new ArrayList<>();
		for (String segment : id.split("/", -1)) {
			if (!segment.isEmpty() && !segment.equals(".")) {
				kept.add(segment);
			}
		}
		return id.startsWith("/") ? "/" + String.join("/", kept) : String.join("/", kept);
	}

	/** Why {@code id} cannot be a document id ("is an absolute path"), or null when it can. */
	public static String problem(String id) {
		if (id == null || id.isEmpty()) {
			return "is empty";
		}
		if (id.length() > MAX_LENGTH) {
			return "is longer than " + MAX_LENGTH + " characters";
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				return "contains a control character";
			}
			if (Character.isHighSurrogate(c) ? i + 1 >= id.length() || !Character.isLowSurrogate(id.charAt(++i))
					: Character.isLowSurrogate(c)) {
				return "is not valid Unicode (a lone surrogate)";
			}
		}
		if (id.contains("\\")) {
			return "contains a backslash";
		}
		if (id.startsWith("/") || id.matches("^[A-Za-z]:.*")) {
			return "is an absolute path";
		}
		for (String segment : id.split("/", -1)) {
			if (segment.equals("..")) {
				return "leads out of the corpus ('..')";
			}
			if (segment.isEmpty() || segment.equals(".")) {
				return "has an empty or '.' path segment (write it as " + quote(normalise(id)) + ")";
			}
			if (segment.startsWith(".")) {
				return "has a hidden path segment (starting with '.')";
			}
		}
		return null;
	}

	/** An id for a message: quoted, control characters escaped, at most 60 characters shown. */
	public static String quote(String id) {
		if (id == null) {
			return "(none)";
		}
		StringBuilder sb = new StringBuilder("'");
		int shown = 0;
		for (int i = 0; i < id.length() && shown < 60; i++, shown++) {
			char c = id.charAt(i);
			if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
				sb.append(String.format("\\u%04x", (int) c));
			} else {
				sb.append(c);
			}
		}
		if (id.length() > 60) {
			sb.append("\u2026 (").append(id.length()).append(" characters)");
		}
		return sb.append('\'').toString();
	}
}
