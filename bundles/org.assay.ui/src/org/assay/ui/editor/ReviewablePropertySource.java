package org.assay.ui.editor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.assay.type.Claim;
import org.assay.type.Entity;
import org.assay.type.Quantity;
import org.assay.type.Reviewable;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Shows an annotation's features in the Properties view (read-only; edits go through commands). */
public final class ReviewablePropertySource implements IPropertySource {

	private final Map<String, Object> values = new LinkedHashMap<>();

	public ReviewablePropertySource(Reviewable r) {
		values.put("Type", r.getClass().getSimpleName());
		values.put("Text", r.getCoveredText());
		values.put("Span", r.getBegin() + ".." + r.getEnd());
		if (r instanceof Entity e) {
			values.put("Label", e.getLabel());
			if (e.getAntecedent() != null) {
				values.put("Refers to", e.getAntecedent().getCoveredText());
			}
		}
		if (r instanceof Claim c) {
			values.put("Source", c.getSource() == null ? "" : c.getSource().getCoveredText());
			values.put("Cue", c.getCue() == null ? "" : c.getCue().getCoveredText());
			values.put("Kind", c.getKind());
			values.put("Factuality", c.getFactuality());
			Quantity q = c.getQuantity();
			values.put("Quantity", q == null ? "" : ClaimText.interval(q));
		}
		values.put("Status", r.getStatus());
		values.put("Origin", r.getOrigin());
		values.put("Confidence", String.format(Locale.ROOT, "%.2f", r.getConfidence()));
		values.put("Changed at", r.getChangedAt());
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return values.keySet().stream().map(k -> new PropertyDescriptor(k, k)).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Object v = values.get(id);
		return v == null ? "" : v;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
