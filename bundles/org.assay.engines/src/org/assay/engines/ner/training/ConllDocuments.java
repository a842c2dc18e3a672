package org.assay.engines.ner.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CoNLL-style NER files (a token and its tag per line, a blank line between sentences,
 * {@code -DOCSTART-} between documents), in BIO or IO tagging. PER, ORG and LOC become
 * Assay's PERSON, ORGANIZATION and LOCATION; other types (MISC) are read as outside.
 */
public final class ConllDocuments {

	/** A sentence: its words and its names as token ranges {@code [begin, end)} with a label. */
	public record Sentence(String[] words, List<Name> names) {
	}

	/** A name in a sentence: tokens {@code begin..end-1}. */
	public record Name(int begin, int end, String label) {
	}

	/** A document: its sentences. */
	public record Document(String id, List<Sentence> sentences) {
	}

	private static final Map<String, String> LABELS = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");

	private ConllDocuments() {
	}

	/**
	 * Reads one file. Without {@code -DOCSTART-} lines every sentence is its own document (as
	 * tweets are); with them, the sentences between two markers are one document.
	 */
	public static List<Document> read(Path file) throws IOException {
		List<Document> documents = new ArrayList<>();
		List<Sentence> current = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		boolean markers = false;
		int lineNo = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lineNo++;
			String s = line.strip();
			if (s.startsWith("-DOCSTART-")) {
				markers = true;
				flush(words, tags, current);
				if (!current.isEmpty()) {
					documents.add(new Document(file.getFileName() + "#" + documents.size(), current));
					current = new ArrayList<>();
				}
				continue;
			}
			if (s.isEmpty()) {
				flush(words, tags, current);
				if (!markers && !current.isEmpty()) {
					documents.add(new Document(file.getFileName() + "#" + documents.size(), current));
					current = new ArrayList<>();
				}
				continue;
			}
			int tab = line.lastIndexOf('\t');
			int split = tab >= 0 ? tab : s.lastIndexOf(' ');
			String word = tab >= 0 ? line.substring(0, tab).strip() : split > 0 ? s.substring(0, split).strip() : "";
			String tag = tab >= 0 ? line.substring(tab + 1).strip() : split > 0 ? s.substring(split + 1).strip() : "";
			if (tag.isEmpty()) {
				throw new IOException(file + ": line " + lineNo + ": expected 'word TAG'");
			}
			if (word.isEmpty()) {
				continue; // a token of white space only (the tweets have some): nothing to tag
			}
			words.add(word);
			tags.add(tag);
		}
		flush(words, tags, current);
		if (!current.isEmpty()) {
			documents.add(new Document(file.getFileName() + "#" + documents.size(), current));
		}
		return documents;
	}

	private static void flush(List<String> words, List<String> tags, List<Sentence> into) {
		if (words.isEmpty()) {
			return;
		}
		List<Name> names = new ArrayList<>();
		int start = -1;
		String type = null;
		for (int i = 0; i <= tags.size(); i++) {
			String tag = i < tags.size() ? tags.get(i) : "O";
			String t = tag.length() > 2 && tag.charAt(1) == '-' ? LABELS.get(tag.substring(2)) : null;
			boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
			if (start >= 0 && (t == null || begins)) {
				names.add(new Name(start, i, type));
				start = -1;
				type = null;
			}
			if (t != null && start < 0) {
				start = i;
				type = t;
			}
		}
		into.add(new Sentence(words.toArray(new String[0]), names));
		words.clear();
		tags.clear();
	}
}
