package org.assay.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assay.core.agreement.AgreementOperation;
import org.assay.core.conflicts.ConflictOperation;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentState;
import org.assay.core.corpus.SetLayerStateOperation;
import org.assay.core.curation.CurateOperation;
import org.assay.core.exchange.ExportOperation;
import org.assay.core.exchange.ImportOperation;
import org.assay.core.report.CorpusReport;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workbench Jobs on one corpus run one after the other, Jobs on two corpora side by side: the
 * rules say so to the platform's job manager (which a plain test cannot start; these are the
 * answers it asks for).
 */
class CorpusRuleTest {

	@TempDir
	Path dir;

	@Test
	void thatTwoRulesOfOneCorpusConflictHoweverItsFolderIsSpelled() throws Exception {
		Path corpus = Files.createDirectories(dir.resolve("news"));
		CorpusRule a = CorpusRule.of(corpus);
		CorpusRule b = CorpusRule.of(dir.resolve("other/../news/."));
		assertThat(a.isConflicting(b)).isTrue();
		assertThat(b.isConflicting(a)).isTrue();
		assertThat(a.contains(b)).isTrue();
		assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
	}

	@Test
	void thatRulesOfTwoCorporaDoNotConflict() {
		CorpusRule news = CorpusRule.of(dir.resolve("news"));
		CorpusRule archive = CorpusRule.of(dir.resolve("archive"));
		assertThat(news.isConflicting(archive)).isFalse();
		assertThat(news.contains(archive)).isFalse();
		// nor with a rule that is not a corpus's
		ISchedulingRule other = new ISchedulingRule() {
			@Override
			public boolean contains(ISchedulingRule rule) {
				return rule == this;
			}

			@Override
			public boolean isConflicting(ISchedulingRule rule) {
				return rule == this;
			}
		};
		assertThat(news.isConflicting(other)).isFalse();
	}

	@Test
	void thatEveryOperationOnACorpusHoldsItsRule() throws Exception {
		Corpus news = Corpus.openOrCreate(dir.resolve("news"));
		Corpus archive = Corpus.openOrCreate(dir.resolve("archive"));
		news.putText("a.txt", "Mali.");
		List<CorpusOperation<?>> operations = List.of(new ExportOperation(news), new ImportOperation(news), new CurateOperation(news),
				new AgreementOperation(news), new ConflictOperation(news), new CorpusReport(news),
				new SetLayerStateOperation(news, "a.txt", "alice", DocumentState.FINISHED));
		for (CorpusOperation<?> operation : operations) {
			ISchedulingRule rule = operation.getSchedulingRule();
			assertThat(rule).as(operation.getClass().getSimpleName()).isEqualTo(CorpusRule.of(news.root()));
			assertThat(rule.isConflicting(new ExportOperation(news).getSchedulingRule())).as(operation.getClass().getSimpleName()).isTrue();
			assertThat(rule.isConflicting(new ExportOperation(archive).getSchedulingRule())).as(operation.getClass().getSimpleName()).isFalse();
		}
	}
}
