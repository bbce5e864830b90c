package org.sendias.equality;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;

/**
 * A language, by its ISO 639 code, or the answer "prefer not to say" ({@link #PREFER_NOT_TO_SAY}) when asked for a
 * first language.
 *
 * <p>The code is two or three lower-case letters. A two-letter code must be an ISO 639-1 code the Java platform
 * knows ({@link Locale#getISOLanguages()}); an unknown one is an error rather than a silent fallback. A three-letter
 * code is accepted in its form only (ISO 639-3 is large: {@code bfi} is British Sign Language), but where the
 * language also has a two-letter code the three-letter forms (ISO 639-2/T such as {@code pol} and 639-2/B such as
 * {@code wel}) are stored as the two-letter one, so that a language is counted once in reports. Upper-case input
 * and surrounding spaces are accepted and normalised. {@link #toString()} gives the code, which {@link #parse(String)}
 * reads back.
 *
 * @param code the ISO 639 code, for example {@code pl}, {@code so} or {@code bfi}; or {@value #PREFER_NOT_TO_SAY_CODE}
 */
public record Language(String code) {

    /** The code of the answer "prefer not to say"; not an ISO 639 code. */
    public static final String PREFER_NOT_TO_SAY_CODE = "prefer-not-to-say";

    /** The answer "prefer not to say". */
    public static final Language PREFER_NOT_TO_SAY = new Language(PREFER_NOT_TO_SAY_CODE);

    private static final Pattern FORM = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> THREE_TO_TWO = threeToTwo();

    /** Normalises and validates the code. */
    public Language {
        if (code == null) {
            throw new InvalidInputException("language", "is required");
        }
        code = code.strip().toLowerCase(Locale.ROOT);
        if (!code.equals(PREFER_NOT_TO_SAY_CODE)) {
            if (!FORM.matcher(code).matches()) {
                throw new InvalidInputException("language", "must be an ISO 639 code of 2 or 3 letters (for example "
                    + "pl, so or bfi), or " + PREFER_NOT_TO_SAY_CODE);
            }
            code = THREE_TO_TWO.getOrDefault(code, code);
            if (code.length() == 2 && !ISO_639_1.contains(code)) {
                throw new InvalidInputException("language", code + " is not an ISO 639-1 language code");
            }
        }
    }

    /**
     * @param code an ISO 639 code, or {@value #PREFER_NOT_TO_SAY_CODE}
     * @return the language
     * @throws InvalidInputException if the code is not a known two-letter code or a three-letter form
     */
    public static Language of(String code) {
        return new Language(code);
    }

    /**
     * @param text the form {@link #toString()} writes
     * @return the language
     * @throws InvalidInputException if the text is not a language code
     */
    public static Language parse(String text) {
        return new Language(text);
    }

    /** @return whether this is the answer "prefer not to say" */
    public boolean isPreferNotToSay() {
        return code.equals(PREFER_NOT_TO_SAY_CODE);
    }

    /** @return the ISO 639 code; empty for "prefer not to say" */
    public Optional<String> isoCode() {
        return isPreferNotToSay() ? Optional.empty() : Optional.of(code);
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, String> threeToTwo() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                String three = Locale.forLanguageTag(two).getISO3Language();
                if (three.length() == 3) {
                    map.putIfAbsent(three, two);
                }
            } catch (MissingResourceException e) {
                // no three-letter form known to the platform: nothing to normalise
            }
        }
        // ISO 639-2/B bibliographic codes that differ from the terminology codes above
        String[][] bibliographic = {{"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"},
            {"cze", "cs"}, {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"},
            {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"tib", "bo"},
            {"wel", "cy"}};
        for (String[] pair : bibliographic) {
            map.putIfAbsent(pair[0], pair[1]);
        }
        return Map.copyOf(map);
    }
}
