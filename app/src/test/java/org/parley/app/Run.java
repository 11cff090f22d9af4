package org.parley.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One command run's exit code and output, for tests. */
record Run(int exit, String out, String err) {
    static Run of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
