package org.assay.core.formats;

import java.util.Locale;

/** The formats a corpus is exported to and imported from. */
public enum Format {
	/** One JSON document per line, one file; exported and imported. */
	JSONL(false, true),
	/** One XMI per document plus TypeSystem.xml, in a folder; exported and imported. */
	XMI(true, true),
	/** CoNLL-2003 columns, one file; exported only. */
	CONLL2003(false, false),
	/** brat standoff (.txt + .ann per document, annotation.conf), in a folder; exported and imported. */
	BRAT(true, true),
	/** WebAnno TSV 3.3 (INCEpTION's exchange format), one .tsv per document, in a folder; exported and imported. */
	TSV3(true, true),
	/** Hugging Face token classification (JSON Lines per split, label list, spaCy IOB), in a folder; exported only. */
	HUGGINGFACE(true, false);

	private final boolean folder;
	private final boolean imported;

	Format(boolean folder, boolean imported) {
		this.folder = folder;
		this.imported = imported;
	}

	/** Whether an export in this format is a folder of files (else one file). */
	public boolean isFolder() {
		return folder;
	}

	/** Whether Assay imports this format (CoNLL-2003 and Hugging Face are written only). */
	public boolean isImported() {
		return imported;
	}

	/** The name users type: "jsonl", "conll2003", ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The format named {@code s} (any case).
	 *
	 * @throws IllegalArgumentException naming the formats there are
	 */
	public static Format parse(String s) {
		try {
			return valueOf(s.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown format '" + s + "' (expected jsonl, xmi, conll2003, brat, tsv3 or huggingface)");
		}
	}
}
