package org.assay.core.conflicts;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.assay.core.lexicon.Lexicon;
import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.types.ReviewStatus;

/**
 * Groups claims across documents by what they are about and flags conflicts:
 * <ul>
 * <li>COUNT: figures for the same event counted in people ("55 arrests", "36 to 40 soldiers
 * have been detained"); intervals that do not overlap conflict, nested ones are compatible.
 * Partial counts ("two generals were among those detained", "including ...") are left out.</li>
 * <li>PROPOSITION: a named person and an event ("Dembele was arrested"); a denial against an
 * assertion or hedge conflicts. People are matched across documents by surname.</li>
 * </ul>
 * The corpus is assumed to cover one story (as a curated collection of articles does).
 */
public final class ConflictFinder {

	private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

	private final Map<String, List<ClaimRef>> quantities = new LinkedHashMap<>();
	private final Map<String, List<ClaimRef>> propositions = new LinkedHashMap<>();
	private final Map<String, String> personNames = new LinkedHashMap<>();

	/** Adds the claims of one document (REJECTED ones are ignored). */
	public void add(String documentId, JCas jcas) {
		String text = jcas.getDocumentText();
		List<Entity> persons = jcas.select(Entity.class).filter(e -> "PERSON".equals(e.getLabel())).toList();
		for (Claim c : jcas.select(Claim.class)) {
			if (ReviewStatus.parse(c.getStatus()) == ReviewStatus.REJECTED) {
				continue;
			}
			String content = c.getCoveredText();
			String source = c.getSource() == null ? "" : c.getSource().getCoveredText();
			String event = nearestEvent(content, c.getQuantity() == null ? -1 : c.getQuantity().getBegin() - c.getBegin());
			Quantity q = c.getQuantity();
			if (q != null && event != null && EventLexicon.countsPeople(q.getMeasure()) && !isPartialCount(text, q)) {
				ClaimRef ref = new ClaimRef(documentId, c.getBegin(), c.getEnd(), content, source, c.getFactuality(),
						q.getLow(), q.getHigh(), q.getCoveredText() + " " + q.getMeasure());
				quantities.computeIfAbsent(event, k -> new ArrayList<>()).add(ref);
			}
			if (event != null) {
				for (Entity p : persons) {
					if (p.getBegin() >= c.getBegin() && p.getEnd() <= c.getEnd()) {
						String full = (p.getAntecedent() != null ? p.getAntecedent() : p).getCoveredText();
						String key = surname(full) + "|" + event;
						personNames.merge(surname(full), full, (a, b) -> a.length() >= b.length() ? a : b);
						List<ClaimRef> list = propositions.computeIfAbsent(key, k -> new ArrayList<>());
						boolean already = list.stream().anyMatch(r -> r.documentId().equals(documentId) && r.begin() == c.getBegin());
						if (!already) {
							list.add(new ClaimRef(documentId, c.getBegin(), c.getEnd(), content, source, c.getFactuality(),
									Double.NaN, Double.NaN, c.getFactuality().toLowerCase(Locale.ROOT)));
						}
					}
				}
			}
		}
	}

	/** The groups with claims from more than one document, conflicts first. */
	public List<ClaimGroup> groups() {
		List<ClaimGroup> groups = new ArrayList<>();
		quantities.forEach((event, refs) -> {
			if (documents(refs) > 1) {
				groups.add(ClaimGroup.of(ClaimGroup.Kind.COUNT, "number of people in " + event.toLowerCase(Locale.ROOT) + " events", refs));
			}
		});
		propositions.forEach((key, refs) -> {
			String[] parts = key.split("\\|");
			if (documents(refs) > 1) {
				groups.add(ClaimGroup.of(ClaimGroup.Kind.PROPOSITION, personNames.get(parts[0]) + " \u2014 " + parts[1].toLowerCase(Locale.ROOT), refs));
			}
		});
		groups.sort((a, b) -> Boolean.compare(b.isConflict(), a.isConflict()));
		return groups;
	}

	private static long documents(List<ClaimRef> refs) {
		return refs.stream().map(ClaimRef::documentId).distinct().count();
	}

	/** The event word closest to the figure (or the first one when there is no figure). */
	static String nearestEvent(String content, int figureAt) {
		Matcher m = WORD.matcher(content);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		while (m.find()) {
			String event = EventLexicon.event(m.group());
			if (event != null) {
				int distance = figureAt < 0 ? 0 : Math.abs(m.start() - figureAt);
				if (distance < bestDistance) {
					best = event;
					bestDistance = distance;
				}
				if (figureAt < 0) {
					break;
				}
			}
		}
		return best;
	}

	/** "two generals were among those detained", "including two generals": a part, not the total. */
	private static boolean isPartialCount(String text, Quantity q) {
		String after = text.substring(q.getEnd(), Math.min(text.length(), q.getEnd() + 60)).toLowerCase(Locale.ROOT);
		String before = text.substring(Math.max(0, q.getBegin() - 20), q.getBegin()).toLowerCase(Locale.ROOT);
		return after.matches("^\\s*[\\p{L}-]+( [\\p{L}-]+)? (were|are|was) among.*") || before.contains("including")
				|| before.contains("among them");
	}

	static String surname(String name) {
		String folded = Lexicon.foldAccents(name);
		String[] words = folded.trim().split("\\s+");
		return words[words.length - 1];
	}
}
