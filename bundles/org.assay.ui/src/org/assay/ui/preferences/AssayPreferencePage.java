package org.assay.ui.preferences;

import org.assay.core.corpus.Corpus;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Assay preferences: the annotator id recorded on every change, and display options. */
public class AssayPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public AssayPreferencePage() {
		super(GRID);
		setDescription("Your annotator id names your layer (annotations/<document>/<id>.xmi) and is recorded on "
				+ "every annotation you add. Colours and styles of labels are under General > Editors > Text Editors > Annotations.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(AssayPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor annotator = new StringFieldEditor(AssayPreferences.ANNOTATOR, "Annotator id:",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				return Corpus.isValidLayer(getStringValue());
			}
		};
		annotator.setErrorMessage("Letters, digits, '.', '_' and '-' only (it becomes a file name)");
		addField(annotator);
		addField(new BooleanFieldEditor(AssayPreferences.SHOW_REJECTED, "Show rejected suggestions",
				getFieldEditorParent()));
		IntegerFieldEditor retrain = new IntegerFieldEditor(AssayPreferences.RETRAIN_AFTER,
				"Retrain the corpus's recommenders after this many decisions (0: never):", getFieldEditorParent());
		retrain.setValidRange(0, 10_000);
		addField(retrain);
	}
}
