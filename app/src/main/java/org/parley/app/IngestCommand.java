package org.parley.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command lands. */
@Command(name = "ingest")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parley ingest: not built yet");
        return 1;
    }
}
