package org.sendias.conflicts.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;
import org.sendias.party.OrganisationIdentifier;

/**
 * An organisation's name, parsed once for matching, with its public identifier when known.
 *
 * <p>{@link #parse(String, Optional)} normalises the name into words:
 * <ul>
 *   <li>case, accents and punctuation do not count, "&amp;" is "and", and a possessive "'s" is dropped;</li>
 *   <li>"St" is "Saint", and the word after it loses a final s (St Mary's, St Marys and Saint Mary agree);</li>
 *   <li>"C of E", "CE", "CofE" and "Church of England" are one word, {@code ce}; "RC", "Roman Catholic",
 *       "Catholic" and "Cath" are {@code rc}; "Church in Wales" and "CW" are {@code cw};</li>
 *   <li>common abbreviations are spelt out: Sch (school), Prim (primary), Acad (academy), Coll (college),
 *       Jnr (junior), Inf (infant), Sec (secondary), Comp (comprehensive), Ctr (centre), Univ (university),
 *       Hosp (hospital), Fdn (foundation), and so on; plurals such as Infants and Juniors are singular;</li>
 *   <li>words that do not tell organisations apart are dropped: the, of, and, at, for, in, on, a, an, school,
 *       limited (Ltd).</li>
 * </ul>
 * So "The St Mary's C.of E. Prim. Sch." and "Saint Marys Church of England Primary" are both
 * {@code saint mary ce primary}.
 *
 * <p>{@link #toString()} shows the name as written and the identifier (an organisation's name is not personal data).
 */
public final class OrganisationName {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
        Map.entry("st", "saint"), Map.entry("sch", "school"), Map.entry("schl", "school"),
        Map.entry("schools", "school"), Map.entry("prim", "primary"), Map.entry("pri", "primary"),
        Map.entry("pry", "primary"), Map.entry("acad", "academy"), Map.entry("coll", "college"),
        Map.entry("jnr", "junior"), Map.entry("jun", "junior"), Map.entry("jr", "junior"),
        Map.entry("juniors", "junior"), Map.entry("inf", "infant"), Map.entry("infs", "infant"),
        Map.entry("infants", "infant"), Map.entry("sec", "secondary"), Map.entry("comp", "comprehensive"),
        Map.entry("gram", "grammar"), Map.entry("nurs", "nursery"), Map.entry("spec", "special"),
        Map.entry("ctr", "centre"), Map.entry("cntr", "centre"), Map.entry("center", "centre"),
        Map.entry("comm", "community"), Map.entry("univ", "university"), Map.entry("uni", "university"),
        Map.entry("hosp", "hospital"), Map.entry("dept", "department"), Map.entry("assoc", "association"),
        Map.entry("fdn", "foundation"), Map.entry("fdtn", "foundation"), Map.entry("ltd", "limited"),
        Map.entry("tst", "trust"), Map.entry("cofe", "ce"), Map.entry("coe", "ce"), Map.entry("catholic", "rc"),
        Map.entry("cath", "rc"), Map.entry("mt", "mount"), Map.entry("meth", "methodist"));
    private static final List<List<String>> PHRASES = List.of(
        List.of("church", "of", "england", "ce"), List.of("c", "of", "e", "ce"), List.of("c", "e", "ce"),
        List.of("roman", "catholic", "rc"), List.of("r", "c", "rc"), List.of("church", "in", "wales", "cw"),
        List.of("c", "in", "w", "cw"), List.of("sixth", "form", "sixthform"), List.of("6th", "form", "sixthform"),
        List.of("pupil", "referral", "unit", "pru"));
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "at", "for", "in", "on", "a", "an",
        "school", "limited");
    /** Religious designations: two names with different ones are different organisations. */
    static final Set<String> DESIGNATIONS = Set.of("ce", "rc", "cw", "methodist", "jewish", "islamic", "muslim",
        "sikh", "hindu", "baptist", "quaker", "urc", "adventist", "orthodox");
    /** Phases of education, by class: two names whose phases do not overlap are different organisations. */
    static final Map<String, Character> PHASES = Map.ofEntries(Map.entry("nursery", 'N'), Map.entry("infant", 'I'),
        Map.entry("junior", 'J'), Map.entry("primary", 'P'), Map.entry("middle", 'M'), Map.entry("secondary", 'S'),
        Map.entry("high", 'S'), Map.entry("comprehensive", 'S'), Map.entry("grammar", 'S'),
        Map.entry("sixthform", '6'));
    /** Words that say what kind of organisation it is, not which one. */
    static final Set<String> GENERIC = Set.of("saint", "academy", "college", "community", "special", "free",
        "foundation", "trust", "federation", "centre", "university", "hospital", "nhs", "council", "county",
        "borough", "city", "district", "metropolitan", "integrated", "care", "board", "health", "service",
        "services", "department", "team", "charity", "society", "association", "group", "partnership", "learning",
        "education", "educational", "unit", "pru", "provision", "alternative", "studio", "church", "voluntary",
        "aided", "controlled", "multi", "academies", "clinic", "surgery", "practice", "medical", "local",
        "authority", "children", "childrens", "young", "people", "family", "families", "support", "specialist",
        "independent", "day", "boarding", "girls", "boys", "mixed", "infant", "junior", "primary", "secondary",
        "nursery", "middle", "high", "comprehensive", "grammar", "sixthform", "ce", "rc", "cw", "methodist",
        "jewish", "islamic", "muslim", "sikh", "hindu", "baptist", "quaker", "urc", "adventist", "orthodox",
        "christian", "company", "plc", "cic", "llp");

    private final String original;
    private final Optional<OrganisationIdentifier> identifier;
    private final List<String> words;
    private final List<String> distinctive;
    private final List<String> generic;

    private OrganisationName(String original, Optional<OrganisationIdentifier> identifier, List<String> words) {
        this.original = original;
        this.identifier = identifier;
        this.words = List.copyOf(words);
        List<String> distinct = new ArrayList<>();
        Set<String> general = new LinkedHashSet<>();
        for (String word : words) {
            if (GENERIC.contains(word)) {
                general.add(word);
            } else {
                distinct.add(word);
            }
        }
        this.distinctive = List.copyOf(distinct);
        this.generic = List.copyOf(general);
    }

    /**
     * Parses an organisation's name.
     *
     * @param name the name as written, 1 to {@value #MAX_LENGTH} characters, with at least one letter or digit
     * @param identifier the organisation's public identifier, if known
     * @return the parsed name
     * @throws InvalidInputException if the name is missing, too long, has no letters or digits or cannot be stored
     *     (U+0000, an unpaired surrogate)
     */
    public static OrganisationName parse(String name, Optional<OrganisationIdentifier> identifier) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("organisation.name", "is required");
        }
        String original = Validation.storable(name, "organisation.name").strip();
        if (original.length() > MAX_LENGTH) {
            throw new InvalidInputException("organisation.name", "must be at most " + MAX_LENGTH + " characters");
        }
        List<String> words = original.codePoints().anyMatch(Character::isLetterOrDigit) ? normalise(original)
            : List.of();
        if (words.isEmpty()) {
            throw new InvalidInputException("organisation.name", "must contain letters or digits");
        }
        return new OrganisationName(original, Objects.requireNonNullElse(identifier, Optional.empty()), words);
    }

    /**
     * Parses an organisation's name without an identifier.
     *
     * @param name the name as written
     * @return the parsed name
     * @throws InvalidInputException if the name is missing, too long or has no letters or digits
     */
    public static OrganisationName parse(String name) {
        return parse(name, Optional.empty());
    }

    /** @return the name as given to {@link #parse(String, Optional)}, without surrounding spaces */
    public String original() {
        return original;
    }

    /** @return the organisation's public identifier, if known */
    public Optional<OrganisationIdentifier> identifier() {
        return identifier;
    }

    /** @return the normalised words of the name, in order: {@code [saint, mary, ce, primary]} */
    public List<String> words() {
        return words;
    }

    /** @return the normalised words separated by spaces: {@code saint mary ce primary} */
    public String normalised() {
        return String.join(" ", words);
    }

    /** @return the words that tell this organisation from others of its kind ({@code mary} above), in order */
    List<String> distinctive() {
        return distinctive;
    }

    /** @return the words that say what kind of organisation it is ({@code saint, ce, primary} above), once each */
    List<String> generic() {
        return generic;
    }

    /**
     * @param other an object
     * @return whether the other has the same name as written and the same identifier
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationName that && original.equals(that.original)
            && identifier.equals(that.identifier);
    }

    /** @return a hash of the name as written and the identifier */
    @Override
    public int hashCode() {
        return 31 * original.hashCode() + identifier.hashCode();
    }

    /** @return the name as written, and the identifier when known: {@code Hill Primary School (URN:100001)} */
    @Override
    public String toString() {
        return identifier.map(id -> original + " (" + id + ")").orElse(original);
    }

    private static List<String> normalise(String original) {
        String folded = Text.foldAccents(original).toLowerCase(Locale.ROOT)
            .replace("&", " and ").replace("+", " and ")
            .replaceAll("'s(?![\\p{L}\\p{N}])", "").replace("'", "");
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        List<String> phrased = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (List<String> phrase : PHRASES) {
                int length = phrase.size() - 1;
                if (i + length <= tokens.size() && tokens.subList(i, i + length).equals(phrase.subList(0, length))) {
                    phrased.add(phrase.get(length));
                    matched = length;
                    break;
                }
            }
            if (matched == 0) {
                String token = tokens.get(i);
                phrased.add(ABBREVIATIONS.getOrDefault(token, token));
                matched = 1;
            }
            i += matched;
        }
        for (int i = 0; i + 1 < phrased.size(); i++) {
            String next = phrased.get(i + 1);
            if (phrased.get(i).equals("saint") && next.length() > 3 && next.endsWith("s")) {
                phrased.set(i + 1, next.substring(0, next.length() - 1));
            }
        }
        List<String> words = new ArrayList<>();
        for (String token : phrased) {
            if (!STOP_WORDS.contains(token)) {
                words.add(token);
            }
        }
        return words.isEmpty() ? phrased : words;
    }
}
