package org.parley.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command line: one subcommand per job. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Code international news into CAMEO events, actors and quotes.",
        subcommands = {CodeCommand.class, EvalCommand.class, IngestCommand.class, EventsCommand.class,
                DyadCommand.class, TrendsCommand.class, QuotesCommand.class, ActorsCommand.class, IssuesCommand.class,
                ExportCommand.class, ServeCommand.class, BenchDyadCommand.class, StatsCommand.class, RecodeCommand.class, WatchCommand.class,
                DemoCommand.class, ActorCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The {@code parley} command line with its subcommands, usage errors reported by {@link UsageErrors}. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setParameterExceptionHandler(new UsageErrors());
    }
}
