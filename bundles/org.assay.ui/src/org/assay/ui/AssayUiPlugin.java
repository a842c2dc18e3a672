package org.assay.ui;

import java.util.ArrayList;
import java.util.List;

import org.assay.ui.problems.ProblemMarkers;
import org.assay.ui.recommend.Recommending;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The plug-in: starts what lives as long as it does — the Problems view's markers of the
 * workspace's corpora, and the recommenders that retrain while annotators work, attached to the
 * workbench's Assay editors — offers both as services (views reach them with
 * {@code getSite().getService(...)}), and stops them. Nothing in the bundle depends on it.
 */
public class AssayUiPlugin extends AbstractUIPlugin {

	private ProblemMarkers problemMarkers;
	private Recommending recommending;
	private final List<ServiceRegistration<?>> services = new ArrayList<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		problemMarkers = new ProblemMarkers();
		problemMarkers.start();
		recommending = new Recommending();
		services.add(context.registerService(ProblemMarkers.class, problemMarkers, null));
		services.add(context.registerService(Recommending.class, recommending, null));
		// this bundle starts when the workbench first needs one of its classes, on whatever thread
		// that is (the perspective's views at startup, an editor, the startup extension)
		if (PlatformUI.isWorkbenchRunning()) {
			Recommending attached = recommending;
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> attached.attach(PlatformUI.getWorkbench()));
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		services.forEach(ServiceRegistration::unregister);
		services.clear();
		recommending.detach();
		problemMarkers.stop();
		super.stop(context);
	}
}
