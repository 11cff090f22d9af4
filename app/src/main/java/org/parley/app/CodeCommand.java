package org.parley.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command lands. */
@Command(name = "code")
public final class CodeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parley code: not built yet");
        return 1;
    }
}
