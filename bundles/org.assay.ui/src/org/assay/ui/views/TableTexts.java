package org.assay.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** What a table of a view shows, as a person reads it: row by row, column by column (for tests). */
final class TableTexts {

	private TableTexts() {
	}

	/** The texts of every row (a virtual table fills the rows it is asked for). */
	static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			TableItem item = table.getItem(i);
			rows.add(IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList());
		}
		return rows;
	}
}
