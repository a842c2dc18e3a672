package org.assay.core.corpus;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.assay.types.ClaimKind;
import org.assay.types.Factuality;
import org.assay.types.ReviewStatus;

/**
 * What a layer must be before Assay imports, exports or compares it: every span inside its text
 * and not reversed, every status, kind and factuality one Assay knows, every entity labelled, no
 * figure whose lower bound exceeds its upper, and a text XML can carry. A layer that is not gets
 * one line saying what is wrong, instead of an exception half-way through writing a file.
 */
public final class LayerCheck {

	private LayerCheck() {
	}

	/** What is wrong with the layer, or null when nothing is. */
	public static String problem(JCas jcas) {
		String text = jcas.getDocumentText();
		if (text == null) {
			return "has no text";
		}
		String bad = textProblem(text);
		if (bad != null) {
			return bad;
		}
		for (Annotation a : jcas.getAnnotationIndex()) {
			if (a.getBegin() < 0 || a.getEnd() < a.getBegin() || a.getEnd() > text.length()) {
				return "has a " + a.getType().getShortName() + " at " + a.getBegin() + ".." + a.getEnd()
						+ (a.getEnd() < a.getBegin() ? ", which ends before it begins" : ", outside its text (length " + text.length() + ")");
			}
			if (a instanceof Reviewable r) {
				String where = a.getType().getShortName() + " at " + a.getBegin() + ".." + a.getEnd();
				if (r.getStatus() != null && !isName(ReviewStatus.class, r.getStatus())) {
					return "gives the " + where + " the unknown status " + quote(r.getStatus()) + "; expected one of " + names(ReviewStatus.class);
				}
				if (r instanceof Entity e && (e.getLabel() == null || e.getLabel().isBlank())) {
					return "has an unlabelled Entity at " + a.getBegin() + ".." + a.getEnd();
				}
				if (r instanceof Claim c) {
					if (c.getKind() != null && !isName(ClaimKind.class, c.getKind())) {
						return "gives the " + where + " the unknown kind " + quote(c.getKind()) + "; expected one of " + names(ClaimKind.class);
					}
					if (c.getFactuality() != null && !isName(Factuality.class, c.getFactuality())) {
						return "gives the " + where + " the unknown factuality " + quote(c.getFactuality()) + "; expected one of "
								+ names(Factuality.class);
					}
				}
				if (r instanceof Quantity q && q.getLow() > q.getHigh()) {
					return "has a Quantity at " + a.getBegin() + ".." + a.getEnd() + " whose lower bound " + q.getLow() + " exceeds its upper "
							+ q.getHigh();
				}
			}
		}
		return null;
	}

	/** Why a text cannot be a document's text (XML 1.0 cannot carry it), or null. */
	public static String textProblem(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return "has a NUL character in its text at offset " + i;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
				return "has the control character U+" + String.format("%04X", (int) c) + " in its text at offset " + i
						+ " (XML cannot carry it)";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				return "has a lone surrogate in its text at offset " + i + " (not valid Unicode)";
			}
		}
		return null;
	}

	private static <E extends Enum<E>> boolean isName(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
	}

	/**
	 * {@code value} if it names a constant of {@code type}, else a message listing the ones there
	 * are ("unknown kind 'X'; expected one of ...").
	 *
	 * @throws IllegalArgumentException for an unknown value
	 */
	public static <E extends Enum<E>> String known(Class<E> type, String value, String what) {
		if (value != null && isName(type, value)) {
			return value;
		}
		throw new IllegalArgumentException("unknown " + what + " " + DocumentIds.quote(value) + "; expected one of "
				+ names(type));
	}

	/** "SUGGESTED, ACCEPTED, ..." */
	public static <E extends Enum<E>> String names(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	private static String quote(String s) {
		return DocumentIds.quote(s);
	}
}
