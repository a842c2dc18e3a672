package org.assay.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.assay.core.CorpusException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code assay} command line: one class per subcommand, parsed by picocli. Plain Java, so it
 * runs the same inside Equinox (through {@link AssayApplication}) and in tests. Results go to
 * standard output, progress and problems to standard error (problems one line each). Exit codes:
 * {@link #OK}, {@link #FAILED} (some input failed, the rest was processed), {@link #USAGE}.
 */
@Command(name = "assay", mixinStandardHelpOptions = true, versionProvider = AssayCommand.Version.class,
		description = "Pre-annotate news articles with entities and claims, and work with Assay corpora.",
		subcommands = { AnnotateCommand.class, ExportCommand.class, ImportCommand.class, CurateCommand.class,
				ReportCommand.class, AgreementCommand.class, ConflictsCommand.class, TrainCommand.class, TeamCommand.class, NextCommand.class, SyncCommand.class,
				StatusCommand.class, ResolveCommand.class, BenchmarkCommand.class,
				ModelCommand.class },
		footer = { "", "Run 'assay <command> --help' for the options of a command." })
public final class AssayCommand implements Callable<Integer> {

	/** Everything succeeded. */
	public static final int OK = 0;
	/** Some input failed (and was reported); the rest was processed. */
	public static final int FAILED = 1;
	/** The command line was wrong. */
	public static final int USAGE = 2;

	@Spec
	private CommandSpec spec;

	private final PrintWriter out;
	private final PrintWriter err;
	private final ConsoleProgress.Settings progress;

	/**
	 * A command line printing results to {@code out}, and progress and problems to {@code err}:
	 * progress as a bar when the launcher says standard error is a terminal, else as plain lines.
	 */
	public AssayCommand(PrintStream out, PrintStream err) {
		this(out, err, ConsoleProgress.Settings.fromSystem());
	}

	/** As {@link #AssayCommand(PrintStream, PrintStream)}, progress shown as {@code progress} says. */
	AssayCommand(PrintStream out, PrintStream err, ConsoleProgress.Settings progress) {
		this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
		this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
		this.progress = progress;
	}

	/**
	 * A monitor that shows the progress of one operation of the command {@code spec} describes on
	 * standard error; close it when the operation is done.
	 */
	static ConsoleProgress progress(CommandSpec spec) {
		AssayCommand assay = (AssayCommand) spec.root().userObject();
		return assay.progress.monitor(assay.err);
	}

	/** Runs one command line; returns its exit code. Never throws. */
	public int run(String... args) {
		return runOn(commandLine(), args);
	}

	/** The command line with its handlers. */
	CommandLine commandLine() {
		return configure(new CommandLine(this));
	}

	/** Gives {@code cli} and all its subcommands the streams and handlers (again, after tests add commands). */
	CommandLine configure(CommandLine cli) {
		cli.setOut(out);
		cli.setErr(err);
		cli.setUsageHelpWidth(100);
		cli.setParameterExceptionHandler(AssayCommand::usageError);
		cli.setExecutionExceptionHandler(AssayCommand::failure);
		return cli;
	}

	/** Runs {@code args} on {@code cli}; never throws, whatever a command does. */
	int runOn(CommandLine cli, String... args) {
		try {
			return cli.execute(args);
		} catch (RuntimeException | Error e) { // a failure outside the handlers (out of memory while printing, ...)
			err.println("assay: failed unexpectedly (" + CorpusException.describe(e) + "); this is a bug, please report it");
			return FAILED;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** Without a subcommand: a usage error. */
	@Override
	public Integer call() {
		throw new ParameterException(spec.commandLine(), "missing command");
	}

	/** One line naming the command and the mistake. */
	private static int usageError(ParameterException e, String[] args) {
		CommandLine cli = e.getCommandLine();
		String name = cli.getCommandSpec().qualifiedName();
		String message = e.getMessage();
		if (cli.getCommandSpec().userObject() instanceof AssayCommand) {
			message = message.replaceFirst("^Unmatched argument at index \\d+: ", "unknown command ");
			cli.getErr().println(name + ": " + message + " (run 'assay --help' for the commands)");
		} else {
			cli.getErr().println(name + ": " + message + " (run '" + name + " --help' for usage)");
		}
		return USAGE;
	}

	/** A corpus problem or an unexpected failure: one line, exit 1, no stack trace. */
	private static int failure(Exception e, CommandLine cli, ParseResult parsed) {
		String name = cli.getCommandSpec().qualifiedName();
		if (e instanceof CorpusException c) {
			cli.getErr().println(name + ": " + c.getMessage());
		} else if (e instanceof ParameterException p) {
			return usageError(p, new String[0]);
		} else {
			String input = input(parsed);
			cli.getErr().println(name + ": " + (input == null ? "" : input + ": ") + "failed unexpectedly (" + CorpusException.describe(e)
					+ "); this is a bug, please report it");
		}
		return FAILED;
	}

	/** The input the command was given (its first path argument), to name it in a message. */
	private static String input(ParseResult parsed) {
		ParseResult p = parsed;
		while (p != null && p.hasSubcommand()) {
			p = p.subcommand();
		}
		if (p != null) {
			for (CommandLine.Model.PositionalParamSpec spec : p.matchedPositionals()) {
				if (spec.getValue() instanceof Path path) {
					return path.toString();
				}
			}
		}
		return null;
	}

	/** The bundle version. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			Package p = AssayCommand.class.getPackage();
			String v = p == null ? null : p.getImplementationVersion();
			return new String[] { "assay " + (v == null ? "0.1.0" : v) };
		}
	}
}
