package org.parley.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.model.CameoCode;
import org.parley.model.QuadClass;

/**
 * One row of the CAMEO codebook: a code with its name, Goldstein weight, QuadClass and PLOVER mapping.
 *
 * <p>Sources (see {@code org/parley/knowledge/README.md}): names from the CAMEO 1.1b3 manual as published
 * by ICEWS; Goldstein weights from GDELT's lookup table; QuadClass from the root by parley's convention
 * ({@link QuadClass#ofRoot}); PLOVER type and mode from the CAMEO-to-PLOVER table of 2021.
 *
 * @param code       the CAMEO code, e.g. {@code 042}
 * @param name       the code's name, e.g. "Make a visit"; not blank
 * @param goldstein  the Goldstein weight in Goldstein points, -10..10
 * @param quadClass  the QuadClass; must equal {@code code.quadClass()}
 * @param ploverType the PLOVER event type in upper case (e.g. "CONSULT"), or "" when the code has none
 *                   (all of CAMEO 01 and 02)
 * @param ploverMode the PLOVER mode in lower case (e.g. "visit"), or "" when none; never set without a type
 * @param ploverContexts the PLOVER contexts the 2021 mapping gives the code (lower case, e.g. "diplomatic",
 *                   "military"), in the mapping's order; empty when none
 * @throws IllegalArgumentException naming the bad value when a field breaks these rules
 */
public record CodebookEntry(CameoCode code, String name, double goldstein, QuadClass quadClass,
                            String ploverType, String ploverMode, List<String> ploverContexts) {
    private static final Pattern PLOVER_TYPE = Pattern.compile("|[A-Z][A-Z_]*");
    private static final Pattern PLOVER_MODE = Pattern.compile("|[a-z][a-z_-]*");

    public CodebookEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
        ploverContexts = List.copyOf(ploverContexts);
        for (String context : ploverContexts) {
            if (!PLOVER_MODE.matcher(context).matches() || context.isEmpty()) {
                throw new IllegalArgumentException("malformed PLOVER context for " + code + ": '" + context + "'");
            }
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name for CAMEO code " + code);
        }
        if (Double.isNaN(goldstein) || goldstein < -10.0 || goldstein > 10.0) {
            throw new IllegalArgumentException("Goldstein out of -10..10 for " + code + ": " + goldstein);
        }
        if (quadClass != code.quadClass()) {
            throw new IllegalArgumentException(
                    "QuadClass " + quadClass + " does not match root of " + code + " (" + code.quadClass() + ")");
        }
        if (!PLOVER_TYPE.matcher(ploverType).matches()) {
            throw new IllegalArgumentException("malformed PLOVER type for " + code + ": '" + ploverType + "'");
        }
        if (!PLOVER_MODE.matcher(ploverMode).matches()) {
            throw new IllegalArgumentException("malformed PLOVER mode for " + code + ": '" + ploverMode + "'");
        }
        if (ploverType.isEmpty() && !ploverMode.isEmpty()) {
            throw new IllegalArgumentException("PLOVER mode without a type for " + code + ": " + ploverMode);
        }
    }

    /** An entry without PLOVER contexts. */
    public CodebookEntry(CameoCode code, String name, double goldstein, QuadClass quadClass, String ploverType,
                         String ploverMode) {
        this(code, name, goldstein, quadClass, ploverType, ploverMode, List.of());
    }

    /**
     * This entry's own PLOVER mapping: "TYPE/mode" (e.g. "CONSULT/visit"), "TYPE" when there is no mode,
     * or "" when the code has no mapping. See {@link Codebook#ploverFor} for the fallback to a parent code.
     */
    public String plover() {
        if (ploverType.isEmpty()) {
            return "";
        }
        return ploverMode.isEmpty() ? ploverType : ploverType + "/" + ploverMode;
    }
}
