package org.parley.app;

import java.nio.file.Path;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import picocli.CommandLine;

/**
 * A test program run as its own process by {@link KillTest}: {@code parley ingest INPUT --db DB} with the
 * {@link FakeCoder}, printing "coding" before each article and pausing after it, so that the test can kill it
 * midway. Not a timing test: the pause only gives the test a chance to act between articles.
 */
public final class SlowIngest {
    private SlowIngest() {
    }

    public static void main(String[] args) {
        FakeCoder fake = new FakeCoder();
        Coder slow = (Article article) -> {
            System.out.println("coding " + article.title());
            System.out.flush();
            CodedArticle coded = fake.code(article);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return coded;
        };
        // One coding thread, so that "coding N" lines and stored articles keep step as KillTest counts them.
        int exit = new CommandLine(new IngestCommand(() -> slow))
                .execute(args[0], "--db", Path.of(args[1]).toString(), "--progress", "none", "--threads", "1");
        System.exit(exit);
    }
}
