package org.assay.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.uima.jcas.JCas;
import org.assay.core.CorpusException;
import org.assay.core.corpus.Corpus;
import org.assay.core.corpus.DocumentIds;
import org.assay.core.corpus.DocumentState;
import org.assay.core.formats.StatusFilter;
import org.assay.core.formats.jsonl.JsonlWriter;
import org.assay.core.io.HtmlArticles;
import org.assay.core.io.TextFiles;
import org.assay.engines.DocumentAnnotator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Pre-annotation on Apache Spark with exactly the engines, type system and corpus format of
 * {@code ./assay annotate}: each partition creates the pipeline once (an AnalysisEngine is not
 * serialisable) and reuses one CAS for its documents; a document that fails is reported in the
 * failures output and never fails the job.
 */
@Command(name = "assay-spark", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Pre-annotates articles with the Assay engines on Spark.")
public final class AssayJob implements Callable<Integer> {

	/** Where articles come from. */
	public enum InputFormat {
		/** a folder tree of .txt files and .html pages (many small files: prefer jsonl or parquet) */
		TEXT,
		/** JSON Lines with "id" and "text" */
		JSONL,
		/** Parquet with columns id and text */
		PARQUET
	}

	/** What the job writes. */
	public enum OutputFormat {
		/** a corpus folder as ./assay annotate writes it (a local or shared file system) */
		CORPUS,
		/** the JSON Lines export schema, one part file per partition */
		JSONL,
		/** Parquet, one row per annotation */
		PARQUET
	}

	@Parameters(index = "0", paramLabel = "<input>", description = "articles: a folder of .txt files, or JSON Lines / Parquet with id and text (file://, hdfs://, s3a://)")
	String input;

	@Option(names = "--input-format", defaultValue = "text",
			paramLabel = "text|jsonl|parquet", description = "format of <input> (default text)")
	InputFormat inputFormat = InputFormat.TEXT;

	@Option(names = "--out", required = true, paramLabel = "<path>", description = "corpus folder, or output folder for jsonl and parquet")
	String out;

	@Option(names = "--output", defaultValue = "corpus",
			paramLabel = "corpus|jsonl|parquet", description = "what to write (default corpus)")
	OutputFormat output = OutputFormat.CORPUS;

	@Option(names = "--failures", paramLabel = "<path>", description = "where failed documents are listed (JSON; default <out>-failures)")
	String failures;

	@Option(names = "--recommenders", paramLabel = "<corpus-dir>",
			description = "a corpus whose trained recommenders are shipped to the executors and suggest too")
	Path recommenders;

	@Option(names = "--partitions", paramLabel = "N", description = "partitions of the input (default: Spark's)")
	Integer partitions;

	@Option(names = "--master", paramLabel = "<url>", description = "Spark master when not run by spark-submit (e.g. local[2])")
	String master;

	/** Entry point of spark-submit. */
	public static void main(String[] args) {
		System.exit(new CommandLine(new AssayJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
	}

	@Override
	public Integer call() throws Exception {
		SparkSession.Builder builder = SparkSession.builder().appName("Assay pre-annotation");
		if (master != null) {
			builder.master(master);
		}
		SparkSession spark = builder.getOrCreate();
		try {
			Summary s = run(spark);
			System.err.printf(Locale.ROOT, "assay-spark: %d document(s) annotated, %d failed (listed in %s)%n", s.annotated(), s.failed(),
					failuresPath());
			return s.failed() == 0 ? 0 : 1; // as annotate: 1 when some document could not be annotated
		} finally {
			spark.stop();
		}
	}

	/** What a run did. */
	public record Summary(long annotated, long failed) {
	}

	String failuresPath() {
		return failures != null ? failures : out.replaceAll("/+$", "") + "-failures";
	}

	/** Runs the job on {@code spark}. */
	public Summary run(SparkSession spark) throws IOException, CorpusException {
		JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
		String shipped = null;
		if (recommenders != null) {
			shipped = ship(jsc, recommenders);
		}
		Path corpusRoot = null;
		if (output == OutputFormat.CORPUS) {
			corpusRoot = Path.of(URI.create(out.contains(":") ? out : Path.of(out).toAbsolutePath().toUri().toString()));
			Corpus.openOrCreate(corpusRoot); // the manifest and type system exist before any executor writes
		}
		JavaRDD<Article> articles = read(spark, jsc);
		if (partitions != null) {
			articles = articles.repartition(partitions);
		}
		JavaRDD<Result> results = articles.mapPartitions(new Annotate(output, corpusRoot == null ? null : corpusRoot.toString(), shipped));
		results.persist(StorageLevel.MEMORY_AND_DISK());
		try {
			// annotate every partition in parallel first: the failures output below is written as one
			// file, and coalesce(1) would otherwise pull the whole annotation into a single task
			results.count();
			spark.createDataFrame(results.filter(r -> r.getReason() != null).map(Result::failure), Result.FailureRow.class)
					.select("id", "engine", "reason").coalesce(1).write().mode(SaveMode.Overwrite).json(failuresPath());
			switch (output) {
			case JSONL -> spark.createDataset(results.filter(r -> r.getPayload() != null).map(Result::getPayload).rdd(), Encoders.STRING()).write()
					.mode(SaveMode.Overwrite).text(out);
			case PARQUET -> spark.createDataFrame(results.flatMap(r -> r.getAnnotations().iterator()), AnnotationRow.class).write()
					.mode(SaveMode.Overwrite).parquet(out);
			case CORPUS -> {
				// the executors wrote the texts and layers; the manifest records their state, as annotate does
				Corpus corpus = Corpus.open(corpusRoot);
				for (String id : results.filter(Result::isWritten).map(Result::getId).collect()) {
					corpus.setState(id, Corpus.ENGINE_LAYER, DocumentState.NEW);
				}
				corpus.save();
			}
			}
			long written = results.filter(Result::isWritten).count();
			long failed = results.filter(Result::isLost).count();
			return new Summary(written, failed);
		} finally {
			results.unpersist();
		}
	}

	/** Sends a corpus's manifest and trained models to every executor; the name to find them by. */
	private static String ship(JavaSparkContext jsc, Path corpus) throws IOException, CorpusException {
		Corpus.open(corpus); // fails here, on the driver, with one line, if it is not a corpus
		Path copy = Files.createTempDirectory("assay-recommenders");
		Path dir = Files.createDirectories(copy.resolve("recommenders"));
		Files.copy(corpus.resolve(Corpus.MANIFEST), dir.resolve(Corpus.MANIFEST));
		Path models = corpus.resolve(Corpus.MODELS);
		if (Files.isDirectory(models)) {
			try (var files = Files.walk(models)) {
				for (Path p : (Iterable<Path>) files::iterator) {
					Path target = dir.resolve(Corpus.MODELS).resolve(models.relativize(p).toString());
					if (Files.isDirectory(p)) {
						Files.createDirectories(target);
					} else {
						Files.copy(p, target);
					}
				}
			}
		}
		jsc.sc().addFile(dir.toUri().toString(), true);
		return dir.getFileName().toString();
	}

	private JavaRDD<Article> read(SparkSession spark, JavaSparkContext jsc) {
		switch (inputFormat) {
		case JSONL:
			return spark.read().json(input).select("id", "text").toJavaRDD().map(r -> new Article(r.getString(0), r.getString(1), null));
		case PARQUET:
			return spark.read().parquet(input).select("id", "text").toJavaRDD().map(r -> new Article(r.getString(0), r.getString(1), null));
		default:
			// the driver lists the files and the executors read them, a partition per ~200 files.
			// (binaryFiles packs small files into combined splits, but Hadoop spent minutes planning
			// those splits for 20,000 files and then serialised the whole split again for each file.)
			org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
			String prefix;
			List<String> files = new ArrayList<>();
			try {
				FileSystem fs = root.getFileSystem(jsc.hadoopConfiguration());
				prefix = fs.makeQualified(root).toString().replaceAll("/+$", "") + "/";
				if ("file".equals(fs.getScheme())) {
					// Hadoop's local file system asks `ls` for each file's permissions: walk it directly
					Path local = Path.of(fs.makeQualified(root).toUri());
					try (var walk = Files.walk(local)) {
						walk.filter(p -> isArticle(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
								.forEach(p -> files.add(prefix + local.relativize(p).toString().replace('\\', '/')));
					}
				} else {
					for (var it = fs.listFiles(root, true); it.hasNext();) {
						String file = it.next().getPath().toString();
						if (isArticle(file)) {
							files.add(file);
						}
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			files.sort(null);
			int splits = Math.max(jsc.defaultParallelism(), (files.size() + 199) / 200);
			return jsc.parallelize(files, Math.max(1, splits)).map(file -> {
				String relative = file.startsWith(prefix) ? file.substring(prefix.length()) : new org.apache.hadoop.fs.Path(file).getName();
				// a saved news page is its extracted article, under the id annotate gives it
				String id = TextFiles.documentId(relative);
				try {
					return new Article(id, TextFiles.articleText(Path.of(relative), readAll(file)), null);
				} catch (CorpusException e) {
					return new Article(id, null, e.problem());
				} catch (IOException e) {
					return new Article(id, null, "cannot be read: " + e.getMessage());
				}
			});
		}
	}

	/** A .txt article or a news page saved as .html/.htm, as {@code ./assay annotate} reads them. */
	static boolean isArticle(String name) {
		return name.endsWith(".txt") || HtmlArticles.isHtml(name);
	}

	/** The bytes of a file on any Hadoop file system, refusing more than annotate reads. */
	private static byte[] readAll(String file) throws IOException, CorpusException {
		if (file.startsWith("file:")) { // not through Hadoop's local file system (an `ls` per file)
			Path local = Path.of(URI.create(file));
			if (Files.size(local) > TextFiles.MAX_BYTES) {
				throw new CorpusException(local, "is too large (" + Files.size(local) + " bytes; the limit is " + TextFiles.MAX_BYTES + ")");
			}
			return Files.readAllBytes(local);
		}
		org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
		FileSystem fs = path.getFileSystem(new Configuration());
		long length = fs.getFileStatus(path).getLen();
		if (length > TextFiles.MAX_BYTES) {
			throw new CorpusException(Path.of(file), "is too large (" + length + " bytes; the limit is " + TextFiles.MAX_BYTES + ")");
		}
		try (var in = fs.open(path)) {
			return in.readAllBytes();
		}
	}

	/** One article read, or why it could not be. */
	public record Article(String id, String text, String problem) implements Serializable {
	}

	/** Annotates the articles of one partition with one pipeline and one CAS. */
	static final class Annotate implements FlatMapFunction<Iterator<Article>, Result> {
		private static final long serialVersionUID = 1L;
		private final OutputFormat output;
		private final String corpus;
		private final String recommenders;

		Annotate(OutputFormat output, String corpus, String recommenders) {
			this.output = output;
			this.corpus = corpus;
			this.recommenders = recommenders;
		}

		@Override
		public Iterator<Result> call(Iterator<Article> articles) throws Exception {
			DocumentAnnotator annotator = Executors.annotator(recommenders == null ? null : Path.of(SparkFiles.get(recommenders)));
			Corpus target = corpus == null ? null : Executors.corpus(Path.of(corpus));
			List<Result> results = new ArrayList<>();
			while (articles.hasNext()) {
				Article a = articles.next();
				results.addAll(annotate(annotator, target, a));
			}
			return results.iterator();
		}

		private List<Result> annotate(DocumentAnnotator annotator, Corpus target, Article a) {
			String id = a.id() == null ? null : DocumentIds.normalise(a.id());
			String bad = id == null ? "has no id" : DocumentIds.problem(id);
			if (bad != null) {
				return List.of(Result.failed(a.id(), "input", "the id " + DocumentIds.quote(a.id()) + " " + bad));
			}
			if (a.problem() != null || a.text() == null) {
				return List.of(Result.failed(id, "input", a.problem() != null ? a.problem() : "has no text"));
			}
			try {
				List<DocumentAnnotator.Failure> failed = annotator.annotate(id, a.text());
				JCas jcas = annotator.jcas();
				Result ok = Result.written(id);
				switch (output) {
				case CORPUS -> {
					target.putText(id, a.text());
					target.writeLayer(id, Corpus.ENGINE_LAYER, jcas, DocumentState.NEW);
				}
				case JSONL -> {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					try (JsonlWriter writer = new JsonlWriter(bytes, StatusFilter.ALL)) {
						writer.write(id, jcas);
					}
					ok.setPayload(bytes.toString(StandardCharsets.UTF_8).stripTrailing());
				}
				case PARQUET -> ok.setAnnotations(AnnotationRow.of(id, jcas));
				}
				List<Result> list = new ArrayList<>();
				list.add(ok);
				for (DocumentAnnotator.Failure f : failed) { // saved with the other engines' output, as annotate does
					list.add(Result.engineFailed(id, f.engine(), f.reason()));
				}
				return list;
			} catch (CorpusException e) {
				return List.of(Result.failed(id, "assay", e.problem()));
			} catch (IOException | RuntimeException e) {
				return List.of(Result.failed(id, "assay", CorpusException.describe(e)));
			}
		}
	}
}
