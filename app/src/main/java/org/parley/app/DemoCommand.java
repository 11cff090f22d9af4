package org.parley.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command lands. */
@Command(name = "demo")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parley demo: not built yet");
        return 1;
    }
}
