package org.assay.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** Bundle activator: holds the preference store (annotator id, display options). */
public class AssayUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.assay.ui";
	/** Preference: who the annotator is; recorded on every change. */
	public static final String PREF_ANNOTATOR = "annotator";
	/** Preference: whether REJECTED suggestions are drawn. */
	public static final String PREF_SHOW_REJECTED = "showRejected";
	/** Preference: retrain the corpus's recommenders after this many decisions (0: never). */
	public static final String PREF_RETRAIN_AFTER = "retrainAfter";

	private static AssayUiPlugin plugin;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		org.assay.ui.problems.ProblemMarkers.stop();
		plugin = null;
		super.stop(context);
	}

	public static AssayUiPlugin getDefault() {
		return plugin;
	}

	/** The annotator id; a system property {@code assay.annotator} overrides the preference. */
	public static String annotator() {
		String fromSystem = System.getProperty("assay.annotator");
		if (fromSystem != null && !fromSystem.isBlank()) {
			return fromSystem;
		}
		String value = plugin == null ? "" : plugin.getPreferenceStore().getString(PREF_ANNOTATOR);
		return value.isBlank() ? defaultAnnotator() : value;
	}

	static String defaultAnnotator() {
		return org.assay.core.corpus.Corpus.toLayerId(System.getProperty("user.name", "annotator"));
	}

	/** Sets the preference defaults. */
	public static class Defaults extends AbstractPreferenceInitializer {
		@Override
		public void initializeDefaultPreferences() {
			IPreferenceStore store = getDefault().getPreferenceStore();
			store.setDefault(PREF_ANNOTATOR, defaultAnnotator());
			store.setDefault(PREF_SHOW_REJECTED, false);
			store.setDefault(PREF_RETRAIN_AFTER, 5);
		}
	}
}
