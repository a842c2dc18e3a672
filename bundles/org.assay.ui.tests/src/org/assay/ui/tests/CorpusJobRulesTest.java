package org.assay.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assay.core.formats.Format;
import org.assay.core.formats.StatusFilter;
import org.assay.ui.handlers.ExportHandler;
import org.assay.ui.handlers.ImportHandler;
import org.assay.ui.problems.ProblemMarkers;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench's Jobs on one corpus run one after the other — each holds the scheduling rule of
 * its corpus — while a Job on another corpus runs beside them.
 */
class CorpusJobRulesTest {

	/** Documents imported: enough for the import to take a while. */
	private static final int DOCUMENTS = 100;

	private CorpusFixture news;
	private CorpusFixture other;

	@AfterEach
	void tearDown() throws Exception {
		for (CorpusFixture f : new CorpusFixture[] { news, other }) {
			if (f != null) {
				f.delete();
			}
		}
	}

	/** Which of the Jobs watched were running when each of them started, as the job manager tells. */
	private static final class Alongside extends JobChangeAdapter {
		final List<Job> watched = new CopyOnWriteArrayList<>();
		final Map<Job, List<String>> runningAtStart = new ConcurrentHashMap<>();

		Job watch(Job job) {
			watched.add(job);
			return job;
		}

		@Override
		public void running(IJobChangeEvent event) {
			runningAtStart.put(event.getJob(),
					watched.stream().filter(j -> j != event.getJob() && j.getState() == Job.RUNNING).map(Job::getName).toList());
		}
	}

	@Test
	void thatAnExportAskedForWhileItsCorpusIsImportedWaitsAndExportsEveryImportedDocument() throws Exception {
		news = CorpusFixture.empty("rules");
		other = CorpusFixture.create("rules-other");
		Path in = Files.createTempDirectory("assay-rules");
		Files.write(in.resolve("news.jsonl"), records());
		Job.getJobManager().join(ProblemMarkers.FAMILY, null); // the new corpora's markers: found before, not in between
		Alongside alongside = new Alongside();
		Job.getJobManager().addJobChangeListener(alongside);
		Job importing;
		Job export;
		Job exportOther;
		try {
			importing = alongside.watch(ImportHandler.schedule(news.root,
					new ImportHandler.Choice(Format.JSONL, in.resolve("news.jsonl"), "erin")));
			export = alongside.watch(ExportHandler.schedule(news.root,
					new ExportHandler.Choice(Format.JSONL, StatusFilter.ALL, in.resolve("out.jsonl"))));
			exportOther = alongside.watch(ExportHandler.schedule(other.root,
					new ExportHandler.Choice(Format.JSONL, StatusFilter.ALL, in.resolve("other.jsonl"))));
			importing.join();
			export.join();
			exportOther.join();
		} finally {
			Job.getJobManager().removeJobChangeListener(alongside);
		}
		assertTrue(importing.getResult().isOK(), importing.getResult().toString());
		assertEquals(List.of(), alongside.runningAtStart.get(export), "the export started while these ran");
		assertTrue(export.getResult().isOK(), export.getResult().toString());
		assertEquals(DOCUMENTS, Files.readAllLines(in.resolve("out.jsonl")).size(), "every imported document is exported");
		assertEquals(List.of(importing.getName()), alongside.runningAtStart.get(exportOther),
				"the export of another corpus ran beside the import, not after it");
	}

	/** JSON Lines of {@link #DOCUMENTS} short articles, each with a person someone accepted. */
	private static List<String> records() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			String text = "Amina Diallo said on Tuesday that " + i + " people were detained in Bamako.";
			lines.add("{\"id\": \"news" + i + ".txt\", \"text\": \"" + text + "\", \"entities\": [{\"begin\": 0, \"end\": 12, \"label\": \"PERSON\","
					+ " \"status\": \"ACCEPTED\"}]}");
		}
		return lines;
	}
}
