package org.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

/** Progress as a user sees it on standard error: a bar on a terminal, a line now and then in a log. */
class ConsoleProgressTest {

	private static final long SECOND = 1_000_000_000L;

	private final StringWriter err = new StringWriter();
	private final AtomicLong now = new AtomicLong();

	private ConsoleProgress monitor(boolean terminal) {
		return monitor(terminal, 80);
	}

	private ConsoleProgress monitor(boolean terminal, int columns) {
		return new ConsoleProgress.Settings(terminal, columns, now::get).monitor(new PrintWriter(err, true));
	}

	/** An export of 40 documents as its operation reports it, {@code seconds} per document. */
	private void export(ConsoleProgress monitor, double seconds) {
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting demo as jsonl", 40);
		for (int d = 1; d <= 40; d++) {
			now.addAndGet((long) (seconds * SECOND));
			progress.split(1);
			progress.subTask("d" + d + ".txt");
		}
		monitor.done();
	}

	@Test
	void thatATerminalGetsOneBarRedrawnInPlaceWithinItsWidthAndWipedAtTheEnd() {
		export(monitor(true), 0.25);
		String shown = err.toString();
		assertThat(shown).doesNotContain("\n").startsWith("\r");
		String[] draws = shown.split("\r");
		// ten seconds, at most ten draws a second: one every 0.25 s after the first 0.3 s
		assertThat(draws.length).isBetween(30, 42);
		assertThat(draws).allSatisfy(d -> assertThat(d.length()).isLessThan(80));
		assertThat(draws[draws.length / 2]).startsWith("Exporting demo as jsonl [").containsPattern("\\] +\\d+%  0:0\\d( left)?  d\\d+\\.txt");
		assertThat(shown).contains("[############------------]  50%  0:05 left  d20.txt");
		// the last draw is blanks: what the command prints next starts on a clean line
		assertThat(draws[draws.length - 1]).isBlank();
	}

	@Test
	void thatALogGetsALineEveryTenSecondsAndOneWhenDone() {
		export(monitor(false), 1);
		assertThat(err.toString()).doesNotContain("\r");
		// at 10, 20, 30, 40 s, as the 10th, 20th, 30th, 40th document is read: 9, 19, 29, 39 are done
		assertThat(err.toString().lines().toList()).containsExactly(
				"assay: Exporting demo as jsonl: 22%, 0:34 left (d9.txt)",
				"assay: Exporting demo as jsonl: 47%, 0:22 left (d19.txt)",
				"assay: Exporting demo as jsonl: 72%, 0:11 left (d29.txt)",
				"assay: Exporting demo as jsonl: 97%, 0:01 left (d39.txt)",
				"assay: Exporting demo as jsonl: done in 0:40");
	}

	@Test
	void thatANarrowTerminalKeepsThePercentageInView() {
		export(monitor(true, 40), 0.25);
		assertThat(err.toString()).contains("\rExporting demo as jsonl [####----]  50%\r");
	}

	@Test
	void thatACommandDoneInAMomentShowsNothing() {
		export(monitor(true), 0.005);
		export(monitor(false), 0.2);
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void thatWorkOfUnknownSizeShowsWhatIsDoneAndForHowLong() {
		ConsoleProgress monitor = monitor(true);
		monitor.beginTask("Reading", ConsoleProgress.UNKNOWN);
		now.addAndGet(65 * SECOND);
		monitor.subTask("a.txt");
		assertThat(err.toString()).isEqualTo("\rReading [working]  1:05  a.txt");
	}
}
