package org.assay.ui.preferences;

import java.io.IOException;

import org.assay.core.corpus.Corpus;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.PlatformUI;

/**
 * The Assay preferences of the workbench (Preferences > Assay): who the annotator is, whether
 * rejected suggestions are drawn, how often the recommenders retrain. They live in one store of
 * the bundle's instance scope, the one the preference page edits, so a change made there or with
 * a key reaches every open editor at once.
 */
public final class AssayPreferences {

	/** Preference: who the annotator is; recorded on every change. */
	public static final String ANNOTATOR = "annotator";
	/** Preference: whether REJECTED suggestions are drawn. */
	public static final String SHOW_REJECTED = "showRejected";
	/** Preference: retrain the corpus's recommenders after this many decisions (0: never). */
	public static final String RETRAIN_AFTER = "retrainAfter";

	private AssayPreferences() {
	}

	/** The store: the preference page edits it, property change listeners hear every change. */
	public static IPreferenceStore store() {
		return Store.INSTANCE;
	}

	/** The annotator id; a system property {@code assay.annotator} overrides the preference. */
	public static String annotator() {
		String fromSystem = System.getProperty("assay.annotator");
		if (fromSystem != null && !fromSystem.isBlank()) {
			return fromSystem;
		}
		String value = store().getString(ANNOTATOR);
		return value.isBlank() ? defaultAnnotator() : value;
	}

	/** Whether rejected suggestions are drawn. */
	public static boolean showRejected() {
		return store().getBoolean(SHOW_REJECTED);
	}

	/** Shows or hides rejected suggestions in every Assay editor, and keeps the choice. */
	public static void toggleShowRejected() {
		store().setValue(SHOW_REJECTED, !showRejected());
		save();
	}

	/** After how many decisions the corpus's recommenders retrain (0: never). */
	public static int retrainAfter() {
		return store().getInt(RETRAIN_AFTER);
	}

	/** The annotator id when none is set: the user's login name, made a valid layer id. */
	static String defaultAnnotator() {
		return Corpus.toLayerId(System.getProperty("user.name", "annotator"));
	}

	/** Writes a value set outside the preference page (which saves its own) to disk now. */
	private static void save() {
		if (store() instanceof IPersistentPreferenceStore persistent) {
			try {
				persistent.save();
			} catch (IOException e) {
				ILog.of(AssayPreferences.class).log(Status.warning("The Assay preferences could not be saved; the change holds until Eclipse exits", e));
			}
		}
	}

	/** Created on first use: the bundle's instance scope, as the preference page shows it. */
	private static final class Store {
		static final IPreferenceStore INSTANCE = PlatformUI.createPreferenceStore(AssayPreferences.class);
	}
}
