package org.assay.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** With -Dassay.screenshots=DIR, tests save what a person would see as DIR/name.png. */
final class Screenshots {

	private Screenshots() {
	}

	static void save(Shell shell, String name) {
		String dir = System.getProperty("assay.screenshots");
		if (dir == null) {
			return;
		}
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// paint first
		}
		Rectangle b = shell.getBounds();
		Image image = new Image(display, b.width, b.height);
		GC gc = new GC(display);
		gc.copyArea(image, b.x, b.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(dir + "/" + name + ".png", SWT.IMAGE_PNG);
		image.dispose();
	}
}
