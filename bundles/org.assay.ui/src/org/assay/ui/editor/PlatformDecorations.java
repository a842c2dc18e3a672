package org.assay.ui.editor;

import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.MarkerAnnotationPreferences;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

/**
 * What the platform still draws in an Assay editor: every annotation type but Assay's own (search
 * results, bookmarks, ...), the current line and the print margin. Assay's types are drawn by the
 * {@link VisibleAnnotationPainter}, whose cost follows the screen, not the document.
 */
final class PlatformDecorations {

	private PlatformDecorations() {
	}

	static void configure(SourceViewerDecorationSupport support, String fontPreferenceKey) {
		for (Object o : new MarkerAnnotationPreferences().getAnnotationPreferences()) {
			AnnotationPreference pref = (AnnotationPreference) o;
			if (!String.valueOf(pref.getAnnotationType()).startsWith(ReviewAnnotation.PREFIX)) {
				support.setAnnotationPreference(pref);
			}
		}
		support.setCursorLinePainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE,
				AbstractDecoratedTextEditorPreferenceConstants.EDITOR_CURRENT_LINE_COLOR);
		support.setMarginPainterPreferenceKeys(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN,
				AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLOR,
				AbstractDecoratedTextEditorPreferenceConstants.EDITOR_PRINT_MARGIN_COLUMN);
		support.setSymbolicFontName(fontPreferenceKey);
	}
}
