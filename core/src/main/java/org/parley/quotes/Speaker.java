package org.parley.quotes;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Mention;

/**
 * Who said a quotation: the name the text gives and, when resolved, the actor.
 *
 * @param name  the speaker's name ("Antony Blinken" for "Mr. Blinken"), or the describing phrase ("the blog")
 * @param actor the resolved actor, if any
 */
record Speaker(String name, Optional<Actor> actor) {
    Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
    }

    static Speaker of(Mention m) {
        return new Speaker(m.actor().name().isEmpty() ? m.text() : m.actor().name(), Optional.of(m.actor()));
    }

    static Speaker named(String name) {
        return new Speaker(name, Optional.empty());
    }
}
