package org.parley.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.knowledge.Knowledge;

/**
 * A fingerprint of the knowledge tables parley codes with, recorded with each stored article and event
 * mention: {@code builtin-XXXXXXXX} (8 hex digits of SHA-256 over the names and bytes of every file in
 * parley's {@code org/parley/knowledge/} resources, in name order), followed by {@code +dict-XXXXXXXX} over the
 * bytes of users' dictionary files in the order given (and {@code +replace} when they replace the built-in
 * tables). Two runs with the same fingerprint code with the same tables.
 */
final class TablesVersion {
    private static final String FOLDER = "org/parley/knowledge/";

    private TablesVersion() {
    }

    /**
     * The fingerprint for the built-in tables plus these dictionaries.
     *
     * @throws UncheckedIOException when a dictionary file or the resources cannot be read
     */
    static String of(DictionaryOptions dictionaries) {
        String version = "builtin-" + builtIn();
        if (!dictionaries.files().isEmpty()) {
            MessageDigest digest = sha256();
            for (Path file : dictionaries.files()) {
                try {
                    digest.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary " + file, e);
                }
            }
            version += "+dict-" + HexFormat.of().formatHex(digest.digest(), 0, 4)
                    + (dictionaries.replacesBuiltIns() ? "+replace" : "");
        }
        return version;
    }

    private static String builtIn() {
        URL url = Knowledge.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("parley's knowledge resources are missing: " + FOLDER);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return hash(fs.getPath(FOLDER));
            }
            return hash(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parley's knowledge resources", e);
        }
    }

    private static String hash(Path folder) throws IOException {
        MessageDigest digest = sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> folder.relativize(a).toString()
                    .compareTo(folder.relativize(b).toString())).toList();
        }
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                digest.update(in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 4);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
