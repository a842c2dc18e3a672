package org.assay.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** The defaults of the Assay preferences (plugin.xml names it as their initializer). */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = AssayPreferences.store();
		store.setDefault(AssayPreferences.ANNOTATOR, AssayPreferences.defaultAnnotator());
		store.setDefault(AssayPreferences.SHOW_REJECTED, false);
		store.setDefault(AssayPreferences.RETRAIN_AFTER, 5);
	}
}
