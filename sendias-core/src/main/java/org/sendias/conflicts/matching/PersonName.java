package org.sendias.conflicts.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * A person's name, parsed once for matching: the name as written, its given names and surname normalised, the parts
 * of the surname, and the surname's phonetic codes.
 *
 * <p>{@link #parse(String)} reads names as caseworkers and forms write them:
 * <ul>
 *   <li>case, accents and punctuation do not count: {@code "JOSÉ  O'Brien"} is {@code josé obrien}, as is
 *       {@code "Jose OBrien"}; letters without a decomposition are spelt out (ø is o, ß is ss, ł is l);</li>
 *   <li>titles and honours are set aside: Mr, Mrs, Ms, Miss, Mx, Master, Dr, Prof, Rev, Sir, Dame, Lord, Lady, Cllr
 *       and the like before the name; Jr, Snr, II, III, OBE, MBE, PhD and the like after it;</li>
 *   <li>the surname comes last, or first when followed by a comma ({@code "Doe, Jane"}), or first when it alone
 *       is written in capitals ({@code "DOE Jane"});</li>
 *   <li>a hyphenated or double-barrelled surname ({@code "Doe-Smith"}, {@code "Bonham Carter, Helena"}) keeps each
 *       part, so that it can match either; a maiden name after "née", "nee", "born" or "formerly" is one more part;
 *   </li>
 *   <li>"Mc" is read as "Mac" (McDonald is MacDonald), "St" as "Saint", and surname prefixes are joined to the
 *       name that follows ({@code "O Brien"} is {@code obrien}, {@code "van der Berg"} is {@code vanderberg});
 *       for prefixes such as al, bin, de and van the name without the prefix is one more part;</li>
 *   <li>a single letter is an initial ({@code "J. Doe"}), and so is each of two or three capitals without a vowel
 *       ({@code "JD Doe"});</li>
 *   <li>a hyphenated given name is one name ({@code "Anne-Marie"} is {@code annemarie}, as is "Annemarie"), while
 *       given names separated by spaces are several.</li>
 * </ul>
 *
 * <p>Two names are equal when they were written the same way. {@link #toString()} does not show the name, which is
 * personal data; {@link #original()} does.
 */
public final class PersonName {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "master", "dr", "doctor",
        "prof", "professor", "rev", "revd", "reverend", "the", "fr", "father", "sir", "dame", "lord", "lady", "hon",
        "cllr", "councillor", "capt", "captain", "rabbi");
    private static final Set<String> SUFFIXES = Set.of("jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii",
        "iv", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "esq", "qc", "kc");
    /** Prefixes joined to the following part of a surname. */
    private static final Set<String> PREFIXES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
        "della", "le", "la", "saint", "mac", "o", "bin", "ibn", "ben", "abu", "al", "el", "ap", "ter", "ten", "dos",
        "das");
    /** Prefixes without which the rest is often written as the surname (Al-Hassan and Hassan). */
    private static final Set<String> DROPPABLE_PREFIXES = Set.of("van", "von", "der", "den", "de", "da", "di", "du",
        "del", "della", "le", "la", "bin", "ibn", "ben", "abu", "al", "el", "ap", "ter", "ten", "dos", "das");
    private static final Pattern MAIDEN = Pattern.compile("(?i)(?<![\\p{L}])(nee|born|formerly)(?![\\p{L}])");

    private final String original;
    private final List<String> givenNames;
    private final String surname;
    private final List<String> surnameParts;
    private final List<String> phoneticCodes;

    private PersonName(String original, Parsed parsed) {
        this.original = original;
        this.givenNames = List.copyOf(parsed.givenNorm);
        this.surname = parsed.surnameKey;
        this.surnameParts = List.copyOf(parsed.partNorm);
        Set<String> codes = new LinkedHashSet<>();
        for (String part : surnameParts) {
            codes.addAll(Text.phoneticCodes(part));
        }
        codes.addAll(Text.phoneticCodes(surname));
        this.phoneticCodes = List.copyOf(codes);
    }

    /**
     * Parses a name as written.
     *
     * @param name the name, 1 to {@value #MAX_LENGTH} characters, with at least one word of letters besides titles
     * @return the parsed name
     * @throws InvalidInputException if the name is missing, too long, has no letters or cannot be stored (U+0000, an
     *     unpaired surrogate)
     */
    public static PersonName parse(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        String original = Validation.storable(name, "name").strip();
        if (original.length() > MAX_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + MAX_LENGTH + " characters");
        }
        Parsed parsed = Parsed.of(original);
        if (parsed == null) {
            throw new InvalidInputException("name", "must contain a name in letters, not only a title");
        }
        return new PersonName(original, parsed);
    }

    /** @return the name as given to {@link #parse(String)}, without surrounding spaces */
    public String original() {
        return original;
    }

    /**
     * @return the given names in order, normalised (lower case, no accents or punctuation, a hyphenated name run
     *     together); may be empty
     */
    public List<String> givenNames() {
        return givenNames;
    }

    /** @return the whole surname normalised, its parts joined: {@code doesmith} for "Doe-Smith" */
    public String surname() {
        return surname;
    }

    /**
     * @return the surname's parts normalised: each part of a hyphenated or double-barrelled surname, the name after
     *     a droppable prefix, and a maiden name; the whole surname when it has one part
     */
    public List<String> surnameParts() {
        return surnameParts;
    }

    /** @return the Double Metaphone codes (primary and alternate, up to 8 characters) of the surname and its parts */
    public List<String> phoneticCodes() {
        return phoneticCodes;
    }

    /** @return the given names and the surname, normalised and separated by spaces: {@code jane doesmith} */
    public String normalised() {
        return givenNames.isEmpty() ? surname : String.join(" ", givenNames) + " " + surname;
    }

    /** @return the same parse with the words as written, for explanations */
    Parsed display() {
        return Parsed.of(original);
    }

    /**
     * @param other an object
     * @return whether the other is a name written the same way
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && original.equals(that.original);
    }

    /** @return a hash of the name as written */
    @Override
    public int hashCode() {
        return original.hashCode();
    }

    /** @return the shape of the name, never the name itself (it is personal data) */
    @Override
    public String toString() {
        return "PersonName[" + givenNames.size() + " given, " + surnameParts.size() + " surname part(s)]";
    }

    /** How a surname part came about, for explanations. */
    enum PartSource {
        /** The surname has one part. */
        WHOLE,
        /** One part of a hyphenated surname. */
        HYPHENATED,
        /** One word of a surname of several words. */
        DOUBLE_BARRELLED,
        /** The surname without a prefix such as al, bin or van. */
        WITHOUT_PREFIX,
        /** A maiden or former name. */
        MAIDEN
    }

    /** The result of parsing: parallel lists of the words as written and normalised. */
    static final class Parsed {
        final List<String> givenDisplay = new ArrayList<>();
        final List<String> givenNorm = new ArrayList<>();
        final List<String> partDisplay = new ArrayList<>();
        final List<String> partNorm = new ArrayList<>();
        final List<PartSource> partSource = new ArrayList<>();
        String surnameDisplay;
        String surnameKey;

        /** @return the parse, or null when no name is left once titles are set aside */
        static Parsed of(String original) {
            String folded = Text.foldAccents(original);
            List<String> maidenWords = List.of();
            Matcher maiden = MAIDEN.matcher(folded);
            if (maiden.find() && maiden.start() > 0) {
                maidenWords = strip(Text.words(folded.substring(maiden.end())), TITLES, SUFFIXES);
                folded = folded.substring(0, maiden.start());
            }
            List<String> given;
            List<String> surnameWords;
            int comma = folded.indexOf(',');
            List<String> before = comma < 0 ? List.of() : strip(Text.words(folded.substring(0, comma)), TITLES,
                SUFFIXES);
            if (comma >= 0 && !before.isEmpty()) {
                surnameWords = before;
                given = stripAll(Text.words(folded.substring(comma + 1)));
            } else {
                List<String> words = strip(Text.words(folded), TITLES, SUFFIXES);
                if (words.isEmpty() || words.size() == 1 && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                    return null;
                }
                int capitals = leadingCapitals(words);
                if (capitals > 0) {
                    surnameWords = words.subList(0, capitals);
                    given = words.subList(capitals, words.size());
                } else {
                    int start = words.size() - 1;
                    while (start > 1 && PREFIXES.contains(prefix(words.get(start - 1)))) {
                        start--;
                    }
                    surnameWords = words.subList(start, words.size());
                    given = words.subList(0, start);
                }
            }
            if (surnameWords.isEmpty()) {
                return null;
            }
            Parsed parsed = new Parsed();
            for (String word : given) {
                if (isInitials(word)) {
                    for (int i = 0; i < word.length(); i++) {
                        parsed.givenDisplay.add(word.substring(i, i + 1));
                        parsed.givenNorm.add(Text.normaliseWord(word.substring(i, i + 1)));
                    }
                    continue;
                }
                String norm = Text.normaliseWord(word);
                if (!norm.isEmpty()) {
                    parsed.givenDisplay.add(word);
                    parsed.givenNorm.add(norm);
                }
            }
            parsed.surnameDisplay = String.join(" ", surnameWords);
            parsed.surnameKey = parsed.addParts(surnameWords, false);
            if (!maidenWords.isEmpty()) {
                parsed.addParts(maidenWords, true);
            }
            return parsed.surnameKey.isEmpty() ? null : parsed;
        }

        /** Adds the parts of a surname, joining prefixes to what follows; returns the parts joined. */
        private String addParts(List<String> words, boolean maiden) {
            List<String> tokens = new ArrayList<>();
            boolean hyphenated = false;
            for (String word : words) {
                String[] split = word.split("-");
                hyphenated |= split.length > 1;
                tokens.addAll(List.of(split));
            }
            List<String> display = new ArrayList<>();
            List<String> norm = new ArrayList<>();
            List<String> stems = new ArrayList<>();
            List<String> stemDisplay = new ArrayList<>();
            StringBuilder prefixNorm = new StringBuilder();
            StringBuilder prefixDisplay = new StringBuilder();
            boolean droppable = false;
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                String norm1 = prefix(token);
                if (norm1.isEmpty()) {
                    continue;
                }
                if (i < tokens.size() - 1 && PREFIXES.contains(norm1)) {
                    prefixNorm.append(norm1);
                    prefixDisplay.append(token).append(' ');
                    droppable |= DROPPABLE_PREFIXES.contains(norm1);
                    continue;
                }
                String part = macOf(norm1);
                display.add(prefixDisplay + token);
                norm.add(prefixNorm + part);
                if (prefixNorm.length() > 0 && droppable) {
                    stems.add(part);
                    stemDisplay.add(token);
                }
                prefixNorm.setLength(0);
                prefixDisplay.setLength(0);
                droppable = false;
            }
            PartSource source = maiden ? PartSource.MAIDEN : norm.size() < 2 ? PartSource.WHOLE
                : hyphenated ? PartSource.HYPHENATED : PartSource.DOUBLE_BARRELLED;
            for (int i = 0; i < norm.size(); i++) {
                addPart(display.get(i), norm.get(i), source);
            }
            for (int i = 0; i < stems.size(); i++) {
                addPart(stemDisplay.get(i), stems.get(i), PartSource.WITHOUT_PREFIX);
            }
            if (maiden && norm.size() > 1) {
                addPart(String.join(" ", words), String.join("", norm), PartSource.MAIDEN);
            }
            return String.join("", norm);
        }

        private void addPart(String display, String norm, PartSource source) {
            if (!partNorm.contains(norm)) {
                partDisplay.add(display);
                partNorm.add(norm);
                partSource.add(source);
            }
        }

        /** @return the word normalised, with "St" as "saint" and "Mc" as "mac" */
        private static String prefix(String word) {
            String norm = Text.normaliseWord(word);
            return switch (norm) {
                case "st" -> "saint";
                case "mc" -> "mac";
                default -> norm;
            };
        }

        private static String macOf(String norm) {
            return norm.length() > 2 && norm.startsWith("mc") ? "mac" + norm.substring(2) : norm;
        }

        /**
         * @return the number of leading words in capitals, when the words after them are written with a capital and
         *     then small letters ("DOE Jane"), otherwise 0
         */
        private static int leadingCapitals(List<String> words) {
            int n = 0;
            while (n < words.size() && isCapitalisedSurname(words.get(n))) {
                n++;
            }
            if (n == 0 || n == words.size()) {
                return 0;
            }
            for (String word : words.subList(n, words.size())) {
                if (!Character.isUpperCase(word.charAt(0)) || word.chars().noneMatch(Character::isLowerCase)) {
                    return 0;
                }
            }
            return n;
        }

        /** Two or three capitals without a vowel, such as "JD": initials run together. */
        private static boolean isInitials(String word) {
            if (word.length() < 2 || word.length() > 3) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isUpperCase(c) || "AEIOUY".indexOf(c) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** A word of two or more capitals with a vowel: initials such as "JD" have none. */
        private static boolean isCapitalisedSurname(String word) {
            int letters = 0;
            boolean vowel = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                    vowel |= "AEIOUY".indexOf(c) >= 0;
                }
            }
            return letters >= 2 && vowel;
        }

        /** Sets aside titles before and honours after, keeping at least one word. */
        private static List<String> strip(List<String> words, Set<String> titles, Set<String> suffixes) {
            int start = 0;
            int end = words.size();
            while (end - start > 1 && titles.contains(words.get(start).toLowerCase(Locale.ROOT))) {
                start++;
            }
            while (end - start > 1 && suffixes.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
                end--;
            }
            return words.subList(start, end);
        }

        /** Sets aside titles and honours wherever they are, even if nothing is left (the given names after a comma). */
        private static List<String> stripAll(List<String> words) {
            List<String> kept = new ArrayList<>(words.size());
            for (String word : words) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!TITLES.contains(lower) && !SUFFIXES.contains(lower)) {
                    kept.add(word);
                }
            }
            return kept;
        }
    }
}
