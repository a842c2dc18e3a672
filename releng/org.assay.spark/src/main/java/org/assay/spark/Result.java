package org.assay.spark;

import java.io.Serializable;
import java.util.List;

/** What the job did with one document (or one engine of it): written, or why not. */
public final class Result implements Serializable {

	private static final long serialVersionUID = 1L;

	private String id;
	private boolean written;
	private String engine;
	private String reason;
	private String payload;
	private List<AnnotationRow> annotations = List.of();

	static Result written(String id) {
		Result r = new Result();
		r.id = id;
		r.written = true;
		return r;
	}

	/** The document was not written. */
	static Result failed(String id, String engine, String reason) {
		Result r = new Result();
		r.id = id;
		r.engine = engine;
		r.reason = reason;
		return r;
	}

	/** One engine failed on a document that was written with the other engines' output. */
	static Result engineFailed(String id, String engine, String reason) {
		return failed(id, engine, reason + "; saved with the other engines' output");
	}

	public String getId() {
		return id;
	}

	public boolean isWritten() {
		return written;
	}

	public String getEngine() {
		return engine;
	}

	public String getReason() {
		return reason;
	}

	/** Whether this reports a document that was not written at all (not an engine of a written one). */
	public boolean isLost() {
		return !written && reason != null && ("input".equals(engine) || "assay".equals(engine));
	}

	public String getPayload() {
		return payload;
	}

	void setPayload(String payload) {
		this.payload = payload;
	}

	public List<AnnotationRow> getAnnotations() {
		return annotations;
	}

	void setAnnotations(List<AnnotationRow> annotations) {
		this.annotations = annotations;
	}

	/** A row of the failures output. */
	public FailureRow failure() {
		return new FailureRow(id, engine, reason);
	}

	/** One line of the failures output: which document, which engine (or "input"), and why. */
	public static final class FailureRow implements Serializable {
		private static final long serialVersionUID = 1L;
		private String id;
		private String engine;
		private String reason;

		public FailureRow() {
		}

		FailureRow(String id, String engine, String reason) {
			this.id = id;
			this.engine = engine;
			this.reason = reason;
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getEngine() {
			return engine;
		}

		public void setEngine(String engine) {
			this.engine = engine;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}
}
