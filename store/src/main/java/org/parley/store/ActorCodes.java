package org.parley.store;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks the actor codes users type: a country (USA), a full CAMEO code (USAGOV, USAGOVMIL) or an IGO (IGONATO). */
public final class ActorCodes {
    private static final Pattern CODE = Pattern.compile("IGO[A-Z0-9]*|[A-Z]{3}(?:[A-Z]{3})*");

    private ActorCodes() {
    }

    /**
     * The code in upper case.
     *
     * @throws IllegalArgumentException naming the value when it is not of one of those forms
     */
    public static String check(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("unknown actor code format '" + value
                    + "' (want a country such as USA, a full code such as USAGOV, or an IGO code such as IGONATO)");
        }
        return code;
    }
}
