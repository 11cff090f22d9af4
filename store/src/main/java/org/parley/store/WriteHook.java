package org.parley.store;

import java.sql.SQLException;

/** Called after each table of an article is written, inside its transaction; tests use it to inject failures. */
@FunctionalInterface
interface WriteHook {
    WriteHook NONE = table -> { };

    void written(String table) throws SQLException;
}
