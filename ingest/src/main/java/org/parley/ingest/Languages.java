package org.parley.ingest;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which article languages are kept, checked with the Lingua language detector
 * ({@code com.github.pemistahl:lingua}, n-gram models of each language bundled in its jar).
 *
 * <p>parley codes English text (its CoreNLP models are English), so the default keeps English only. The
 * detector tells apart the {@link #CANDIDATES} news languages plus any allowed one, from the first
 * {@value #SAMPLE_CHARS} characters of the text, in Lingua's low-accuracy mode (trigrams; reliable from about
 * a hundred characters). A text shorter than {@value #MIN_CHARS} characters, or one the detector cannot
 * decide, is kept: a wrong skip loses an article, a wrong keep only costs its coding. Its models load on the
 * first check (about 5 s).
 */
public final class Languages {
    /** Characters of an article's text the detector looks at. */
    public static final int SAMPLE_CHARS = 2000;

    /** Texts shorter than this (in characters, after stripping) are kept without detection. */
    public static final int MIN_CHARS = 120;

    /** The languages the detector chooses among, besides the allowed ones. */
    public static final Set<Language> CANDIDATES = EnumSet.of(Language.ENGLISH, Language.FRENCH, Language.GERMAN,
            Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.SWEDISH,
            Language.POLISH, Language.ROMANIAN, Language.RUSSIAN, Language.UKRAINIAN, Language.TURKISH,
            Language.GREEK, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.HINDI, Language.URDU,
            Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.INDONESIAN, Language.VIETNAMESE);

    /** Every language kept: no detection at all. */
    public static final Languages ANY = new Languages(Set.of());

    /** English only, the default. */
    public static final Languages ENGLISH = new Languages(Set.of(Language.ENGLISH));

    private final Set<Language> allowed;
    private LanguageDetector detector;

    private Languages(Set<Language> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * The languages named in {@code spec}: "any", or ISO 639-1 codes separated by commas ("en", "en,fr").
     *
     * @throws IllegalArgumentException naming a code that is not ISO 639-1 or that Lingua does not know
     */
    public static Languages parse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.equals("any") || s.equals("all")) {
            return ANY;
        }
        Set<Language> allowed = new LinkedHashSet<>();
        for (String code : s.split(",")) {
            allowed.add(byCode(code.strip()));
        }
        return allowed.equals(Set.of(Language.ENGLISH)) ? ENGLISH : new Languages(allowed);
    }

    /** True when every language is kept. */
    public boolean any() {
        return allowed.isEmpty();
    }

    /**
     * Why an article text is not kept: "in French (fr), not en: use --lang fr or --lang any to keep it"; empty
     * when it is kept (an allowed language, an undecided detection, or {@link #ANY}).
     */
    public Optional<String> problem(String text) {
        if (any() || text.strip().length() < MIN_CHARS) {
            return Optional.empty();
        }
        Language language = detector().detectLanguageOf(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        if (language == Language.UNKNOWN || allowed.contains(language)) {
            return Optional.empty();
        }
        String code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return Optional.of("in " + name(language) + " (" + code + "), not " + codes()
                + ": use --lang " + code + " or --lang any to keep it");
    }

    private synchronized LanguageDetector detector() {
        if (detector == null) {
            Set<Language> languages = EnumSet.copyOf(CANDIDATES);
            languages.addAll(allowed);
            detector = LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]))
                    .withMinimumRelativeDistance(0.05).withLowAccuracyMode().build();
        }
        return detector;
    }

    private String codes() {
        return String.join(",", allowed.stream().map(l -> l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT))
                .sorted().toList());
    }

    private static Language byCode(String code) {
        for (IsoCode639_1 iso : IsoCode639_1.values()) {
            if (iso.toString().equalsIgnoreCase(code)) {
                for (Language language : Language.values()) {
                    if (language.getIsoCode639_1() == iso && language != Language.UNKNOWN) {
                        return language;
                    }
                }
            }
        }
        throw new IllegalArgumentException("not a language code (ISO 639-1, e.g. en, fr) or 'any': " + code);
    }

    private static String name(Language language) {
        String n = language.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
