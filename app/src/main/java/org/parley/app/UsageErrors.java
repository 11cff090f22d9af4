package org.parley.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a command line that does not parse (unknown option, bad {@code --date}, bad {@code --format}, missing
 * argument) as one line on standard error, {@code parley: <message> (see 'parley <cmd> --help')}, instead of the
 * whole usage block, and exits with picocli's usage-error code (2).
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(line(e.getMessage(), cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The line for {@code message} about the command {@code qualifiedName} ("parley code"). */
    static String line(String message, String qualifiedName) {
        String oneLine = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        if (oneLine.isEmpty()) {
            oneLine = "invalid command line";
        }
        return "parley: " + oneLine + " (see '" + qualifiedName + " --help')";
    }
}
