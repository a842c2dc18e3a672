package org.assay.core.formats.tsv3;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assay.core.Abbreviation;
import org.assay.core.formats.ForeignLayer;

/**
 * The head of a WebAnno TSV 3 file: its {@code #FORMAT} line and the layer declarations
 * ({@code #T_SP=} span, {@code #T_RL=} relation, {@code #T_CH=} chain layers) that say what each
 * annotation column of a token line holds. Chain layers are not read; they are counted as left out.
 */
final class Tsv3Header {

	private static final Pattern FORMAT = Pattern.compile("^#FORMAT=WebAnno TSV (3\\.[123])$");

	/** What a column holds. */
	enum Kind {
		/** A feature's value. */
		FEATURE,
		/** Nothing Assay reads: a layer without features, or a chain layer. */
		PLACEHOLDER,
		/** The role of a slot feature's link. */
		SLOT_ROLE,
		/** The target of a slot feature's link. */
		SLOT_TARGET,
		/** A relation's governor. */
		RELATION_REF
	}

	/** An annotation column: its layer, whether a relation layer, what it holds and which feature. */
	record Column(String layer, boolean relation, Kind kind, String feature) {
	}

	/** Whether the file is TSV 3.1, whose sentence text escapes less. */
	final boolean v31;
	/** The annotation columns, in order. */
	final List<Column> columns = new ArrayList<>();
	/** The index of the first line after the head. */
	final int end;

	/**
	 * Reads the head of {@code lines}.
	 *
	 * @throws IllegalArgumentException "line N: problem" for a file that is not TSV 3 or a declaration that is malformed
	 */
	Tsv3Header(String[] lines, ForeignLayer layer) {
		Matcher format = FORMAT.matcher(lines.length == 0 ? "" : lines[0]);
		if (!format.matches()) {
			throw new IllegalArgumentException("line 1: not a WebAnno TSV 3 file (expected '#FORMAT=WebAnno TSV 3.3', or 3.2, 3.1)");
		}
		v31 = format.group(1).equals("3.1");
		int n = 1;
		for (; n < lines.length && !lines[n].isEmpty(); n++) {
			declaration(lines[n], n + 1, layer);
		}
		end = n;
	}

	private void declaration(String line, int lineNo, ForeignLayer layer) {
		boolean relation;
		if (line.startsWith("#T_SP=")) {
			relation = false;
		} else if (line.startsWith("#T_RL=")) {
			relation = true;
		} else if (line.startsWith("#T_CH=")) {
			String[] f = line.substring(6).split("\\|");
			layer.leftOut("chain layer " + f[0] + " (not read)");
			for (int i = 1; i < f.length; i++) {
				columns.add(new Column(f[0], false, Kind.PLACEHOLDER, f[i]));
			}
			if (f.length == 1) {
				columns.add(new Column(f[0], false, Kind.PLACEHOLDER, null));
			}
			return;
		} else {
			throw new IllegalArgumentException("line " + lineNo + ": '" + Abbreviation.ofInput(line)
					+ "' is not a layer declaration (#T_SP=, #T_RL=, #T_CH=)");
		}
		String[] f = line.substring(6).split("\\|");
		if (f.length == 0 || f[0].isBlank()) {
			throw new IllegalArgumentException("line " + lineNo + ": a layer declaration without a type name");
		}
		if (f.length == 1) {
			columns.add(new Column(f[0], relation, Kind.PLACEHOLDER, null));
			return;
		}
		for (int i = 1; i < f.length; i++) {
			if (!relation && f[i].startsWith("ROLE_")) {
				columns.add(new Column(f[0], false, Kind.SLOT_ROLE, f[i]));
				if (++i < f.length) {
					columns.add(new Column(f[0], false, Kind.SLOT_TARGET, f[i]));
				}
			} else if (relation && f[i].startsWith("BT_")) {
				columns.add(new Column(f[0], true, Kind.RELATION_REF, f[i].substring(3)));
			} else {
				columns.add(new Column(f[0], relation, Kind.FEATURE, f[i]));
			}
		}
	}
}
