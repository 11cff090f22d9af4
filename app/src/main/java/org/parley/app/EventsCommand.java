package org.parley.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command lands. */
@Command(name = "events")
public final class EventsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("parley events: not built yet");
        return 1;
    }
}
