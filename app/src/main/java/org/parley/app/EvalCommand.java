package org.parley.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command lands. */
@Command(name = "eval")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parley eval: not built yet");
        return 1;
    }
}
