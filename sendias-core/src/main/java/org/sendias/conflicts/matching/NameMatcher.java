package org.sendias.conflicts.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.party.OrganisationIdentifier;

/**
 * Decides whether two names are probably the same person or the same organisation, and says why.
 *
 * <h2>People</h2>
 * A person matches when the surnames agree <em>and</em> the given names agree. The score is the product of the two
 * agreements below, and the pair is flagged when the score is at least {@link #FLAG_THRESHOLD}.
 * <table>
 *   <caption>Surnames agree when</caption>
 *   <tr><th>rule</th><th>example</th><th>factor</th></tr>
 *   <tr><td>normalised exact</td><td>McDonald, MACDONALD; O'Brien, OBrien</td><td>1</td></tr>
 *   <tr><td>a shared part (hyphenated, double-barrelled, maiden name, prefix set aside)</td>
 *       <td>Doe-Smith, Doe; Al-Hassan, Hassan</td><td>0.95</td></tr>
 *   <tr><td>transliteration table</td><td>Hussain, Hussein; Zhang, Chang</td><td>0.95</td></tr>
 *   <tr><td>a typing slip: Jaro-Winkler at least {@link #SURNAME_SIMILARITY_MINIMUM}, and equal once at most one
 *       letter is deleted from each</td><td>Smtih, Smith; Fothergil, Fothergill</td><td>the similarity</td></tr>
 *   <tr><td>phonetic: a shared Double Metaphone code, and Jaro-Winkler at least
 *       {@link #PHONETIC_SPELLING_MINIMUM}</td><td>Smith, Smyth; Jones, Jonas</td><td>0.9</td></tr>
 * </table>
 * <table>
 *   <caption>Given names agree when (first given names, unless said otherwise)</caption>
 *   <tr><th>rule</th><th>example</th><th>factor</th></tr>
 *   <tr><td>normalised exact, or the same names spaced differently</td><td>José, Jose; Anne Marie, Annemarie</td>
 *       <td>1</td></tr>
 *   <tr><td>nickname table</td><td>Bill, William; Peggy, Margaret</td><td>0.95</td></tr>
 *   <tr><td>transliteration table</td><td>Mohammed, Muhammad</td><td>0.95</td></tr>
 *   <tr><td>a typing slip after the first letter: Jaro-Winkler at least {@link #GIVEN_NAME_SIMILARITY_MINIMUM},
 *       equal once at most one letter is deleted from each, both of 4 letters or more</td>
 *       <td>Jonathon, Jonathan; Micheal, Michael</td><td>the similarity</td></tr>
 *   <tr><td>an initial that fits</td><td>J, John</td><td>0.9</td></tr>
 *   <tr><td>a middle name, by the exact, nickname or transliteration rule</td><td>John Robert Smith, Robert Smith
 *       </td><td>0.92 times the rule's factor</td></tr>
 * </table>
 * A surname alone never flags: "Mrs Doe" does not match "Jane Doe". Similarity never accepts a name that merely
 * adds letters to the start or the end of the other (Jane and Janet, Harris and Harrison, Costa and Acosta):
 * Jaro-Winkler rates such pairs highly, and they are usually different names. Nor do similarity and the phonetic
 * rule override the tables: two names that one table lists in different groups (Oliver and Olivia, Francis and
 * Frances, Hussain and Hassan) are known to be different names.
 *
 * <p>The phonetic rule uses Apache Commons Codec's Double Metaphone for surnames only. It was chosen over Soundex
 * (which keeps the first letter, so Knight and Night disagree, and conflates far more), NYSIIS (tuned to
 * American English) and Beider-Morse (the most accurate across languages, but it yields dozens of codes a name and
 * would multiply both false flags and the index's size): Double Metaphone knows the spellings of many origins
 * (Slavic, Germanic, Celtic, Greek, Italian, Spanish, Chinese), gives at most two codes, and is fast. Codes are kept
 * to 8 characters rather than the library's default of 4, so that Richards and Richardson stay apart. Phonetic
 * codes are not used for given names, where they conflate too much (Jane, Joan and John share a code).
 * Similarity is Apache Commons Text's {@code JaroWinklerSimilarity}.
 *
 * <h2>Organisations</h2>
 * Identifiers come first. When both sides have an identifier of the same scheme (both URNs, say), the identifiers
 * decide alone: the same value is {@link MatchRule#IDENTIFIER} with score 1; different values are no match, however
 * alike the names, because two schools of the same name in different towns are different schools (the result is
 * empty). Otherwise the normalised names ({@link OrganisationName}) are compared: the same words, or the same
 * letters once spaces are removed, score 1; different religious designations (C of E, RC) or phases of education
 * that do not overlap (infant, junior) are no match; otherwise every distinctive word of the name with fewer of them
 * must have a partner in the other, the same or a typing slip (Jaro-Winkler at least
 * {@link #ORGANISATION_WORD_SIMILARITY_MINIMUM}, and equal once at most one letter is deleted from each); a name
 * made only of such words (say "Primary School") matches only the same name; and each distinctive word left over multiplies the score by 0.8,
 * each word of kind that only one name has ("academy", "C of E") by 0.95.
 *
 * <h2>Use</h2>
 * Instances are immutable and safe to share between threads. The reasons in the evidence quote the names compared;
 * they are for the caseworker's screen, and sendias never logs them.
 */
public final class NameMatcher {

    /** A pair is flagged, and the match methods return evidence, when the score is at least this. */
    public static final double FLAG_THRESHOLD = 0.85;
    /** The least Jaro-Winkler similarity at which two surnames agree by spelling. */
    public static final double SURNAME_SIMILARITY_MINIMUM = 0.92;
    /** The least Jaro-Winkler similarity at which two given names agree by spelling. */
    public static final double GIVEN_NAME_SIMILARITY_MINIMUM = 0.94;
    /**
     * The least Jaro-Winkler similarity of two surnames that share a phonetic code for the phonetic rule to apply.
     * Double Metaphone ignores vowels after the first letter, so Martin and Morton share a code; requiring the
     * spellings to be this close as well keeps such pairs apart while Smith and Smyth, or Reid and Reed, still agree.
     */
    public static final double PHONETIC_SPELLING_MINIMUM = 0.82;
    /** The least Jaro-Winkler similarity at which two distinctive words of organisation names agree. */
    public static final double ORGANISATION_WORD_SIMILARITY_MINIMUM = 0.92;

    static final double SHARED_PART = 0.95;
    static final double TABLE = 0.95;
    static final double PHONETIC = 0.90;
    static final double INITIAL = 0.90;
    static final double MIDDLE_NAME = 0.92;
    static final double EXTRA_WORD = 0.80;
    static final double GENERIC_WORD = 0.95;
    private static final int SHORTEST_SIMILAR_GIVEN_NAME = 4;
    private static final int SHORTEST_SIMILAR_WORD = 4;

    private final VariantTable givenNameTable;
    private final VariantTable transliterationTable;

    private NameMatcher(VariantTable givenNameTable, VariantTable transliterationTable) {
        this.givenNameTable = givenNameTable;
        this.transliterationTable = transliterationTable;
    }

    /** Loads the curated tables once, on first use. */
    private static final class Standard {
        static final NameMatcher INSTANCE = new NameMatcher(VariantTable.load("given-name-variants.txt"),
            VariantTable.load("transliteration-variants.txt"));
    }

    /**
     * The matcher with sendias's curated tables: English given names with their short forms
     * ({@code given-name-variants.txt}) and common transliterations ({@code transliteration-variants.txt}), both
     * beside this class.
     *
     * @return the shared standard matcher
     */
    public static NameMatcher standard() {
        return Standard.INSTANCE;
    }

    /**
     * Compares two people's names.
     *
     * @param a one name
     * @param b the other
     * @return the evidence when the pair is flagged (score at least {@link #FLAG_THRESHOLD}); otherwise empty
     */
    public Optional<MatchEvidence> matchPeople(PersonName a, PersonName b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        PersonMatch match = comparePeople(a, b);
        return match == null ? Optional.empty() : Optional.of(match.evidence());
    }

    /**
     * Parses and compares two people's names.
     *
     * @param a one name as written
     * @param b the other
     * @return the evidence when the pair is flagged; otherwise empty
     * @throws InvalidInputException if a name cannot be parsed (field {@code a.name} or {@code b.name})
     */
    public Optional<MatchEvidence> matchPeople(String a, String b) {
        return matchPeople(parsePerson(a, "a"), parsePerson(b, "b"));
    }

    /**
     * Compares two organisations: by identifier when both have one of the same scheme, otherwise by name.
     *
     * @param a one organisation
     * @param b the other
     * @return the evidence when the pair is flagged; empty otherwise, and always when both have identifiers of the
     *     same scheme that differ
     */
    public Optional<MatchEvidence> matchOrganisations(OrganisationName a, OrganisationName b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        OrganisationMatch match = compareOrganisations(a, b);
        return match == null ? Optional.empty() : Optional.of(match.evidence());
    }

    /**
     * Parses and compares two organisations' names, without identifiers.
     *
     * @param a one name as written
     * @param b the other
     * @return the evidence when the pair is flagged; otherwise empty
     * @throws InvalidInputException if a name cannot be parsed (field {@code a.organisation.name} or
     *     {@code b.organisation.name})
     */
    public Optional<MatchEvidence> matchOrganisations(String a, String b) {
        return matchOrganisations(parseOrganisation(a, "a"), parseOrganisation(b, "b"));
    }

    private static PersonName parsePerson(String name, String field) {
        try {
            return PersonName.parse(name);
        } catch (InvalidInputException e) {
            throw e.within(field);
        }
    }

    private static OrganisationName parseOrganisation(String name, String field) {
        try {
            return OrganisationName.parse(name);
        } catch (InvalidInputException e) {
            throw e.within(field);
        }
    }

    VariantTable givenNameTable() {
        return givenNameTable;
    }

    VariantTable transliterationTable() {
        return transliterationTable;
    }

    // ---------------------------------------------------------------------------------------------------- people

    /** How a pair of names (or words) agrees: one step of a match. */
    private enum How {
        EXACT(MatchRule.NORMALISED_EXACT), JOINED(MatchRule.NORMALISED_EXACT), INITIAL(MatchRule.NORMALISED_EXACT),
        SHARED_PART(MatchRule.NORMALISED_EXACT), NICKNAME(MatchRule.NICKNAME),
        TRANSLITERATION(MatchRule.TRANSLITERATION), PHONETIC(MatchRule.PHONETIC), SIMILAR(MatchRule.EDIT_DISTANCE);

        final MatchRule rule;

        How(MatchRule rule) {
            this.rule = rule;
        }
    }

    /**
     * One step: how, with what factor, which words (indices into the given names or surname parts, -1 for the
     * whole surname), the table group or phonetic code involved, and whether a middle name was used.
     */
    private record Step(How how, double score, int a, int b, int group, String code, boolean middle) {
        Step(How how, double score, int a, int b) {
            this(how, score, a, b, -1, null, false);
        }

        Step asMiddle() {
            return new Step(how, score * MIDDLE_NAME, a, b, group, code, true);
        }
    }

    /** A flagged pair of people, with the evidence built on demand. */
    final class PersonMatch {
        final PersonName a;
        final PersonName b;
        final Step given;
        final Step surname;
        final double score;

        PersonMatch(PersonName a, PersonName b, Step given, Step surname) {
            this.a = a;
            this.b = b;
            this.given = given;
            this.surname = surname;
            this.score = Text.rounded(given.score() * surname.score());
        }

        MatchEvidence evidence() {
            return personEvidence(this);
        }
    }

    /** @return the match when flagged, otherwise null; builds no strings */
    PersonMatch comparePeople(PersonName a, PersonName b) {
        // Given names first: cheaper, and they rule out most of the candidates an index search brings.
        Step given = givenNames(a, b);
        if (given == null) {
            return null;
        }
        Step surname = surnames(a, b);
        if (surname == null || given.score() * surname.score() < FLAG_THRESHOLD) {
            return null;
        }
        return new PersonMatch(a, b, given, surname);
    }

    private Step surnames(PersonName a, PersonName b) {
        if (a.surname().equals(b.surname())) {
            return new Step(How.EXACT, 1.0, -1, -1);
        }
        List<String> pa = a.surnameParts();
        List<String> pb = b.surnameParts();
        for (int i = 0; i < pa.size(); i++) {
            int j = pb.indexOf(pa.get(i));
            if (j >= 0) {
                return new Step(How.SHARED_PART, SHARED_PART, i, j);
            }
        }
        for (int i = 0; i < pa.size(); i++) {
            for (int j = 0; j < pb.size(); j++) {
                int group = transliterationTable.sharedGroup(pa.get(i), pb.get(j));
                if (group >= 0) {
                    return new Step(How.TRANSLITERATION, TABLE, i, j, group, null, false);
                }
            }
        }
        if (transliterationTable.contains(a.surname()) && transliterationTable.contains(b.surname())) {
            return null;
        }
        Step best = null;
        double similarity = similarity(a.surname(), b.surname(), 1, SURNAME_SIMILARITY_MINIMUM);
        if (similarity >= SURNAME_SIMILARITY_MINIMUM) {
            best = new Step(How.SIMILAR, similarity, -1, -1);
        }
        if (pa.size() > 1 || pb.size() > 1) {
            for (int i = 0; i < pa.size(); i++) {
                for (int j = 0; j < pb.size(); j++) {
                    double s = similarity(pa.get(i), pb.get(j), 1, SURNAME_SIMILARITY_MINIMUM);
                    if (s >= SURNAME_SIMILARITY_MINIMUM && (best == null || s > best.score())) {
                        best = new Step(How.SIMILAR, s, i, j);
                    }
                }
            }
        }
        if (best == null || best.score() < PHONETIC) {
            String code = sharedCode(a.phoneticCodes(), b.phoneticCodes());
            if (code != null && spelling(a, b) >= PHONETIC_SPELLING_MINIMUM) {
                best = new Step(How.PHONETIC, PHONETIC, -1, -1, -1, code, false);
            }
        }
        return best;
    }

    /** @return the best Jaro-Winkler similarity of the surnames or of their parts, however they differ */
    private static double spelling(PersonName a, PersonName b) {
        double best = Text.jaroWinkler(a.surname(), b.surname());
        for (String x : a.surnameParts()) {
            for (String y : b.surnameParts()) {
                best = Math.max(best, Text.jaroWinkler(x, y));
            }
        }
        return best;
    }

    private static String sharedCode(List<String> a, List<String> b) {
        for (String code : a) {
            if (b.contains(code)) {
                return code;
            }
        }
        return null;
    }

    /**
     * @return the Jaro-Winkler similarity of two words that differ by one typing slip and are at least this similar;
     *     0 when they are less similar or differ by more, when a word is too short, or when one merely extends the
     *     other
     */
    private static double similarity(String a, String b, int shortest, double minimum) {
        if (a.length() < shortest || b.length() < shortest || Math.abs(a.length() - b.length()) > 1
            || Text.extendsTheOther(a, b)) {
            return 0.0;
        }
        double similarity = Text.jaroWinkler(a, b);
        return similarity >= minimum && Text.withinOneSlip(a, b) ? similarity : 0.0;
    }

    private Step givenNames(PersonName a, PersonName b) {
        List<String> ga = a.givenNames();
        List<String> gb = b.givenNames();
        if (ga.isEmpty() || gb.isEmpty()) {
            return null;
        }
        Step best = givenName(ga.get(0), gb.get(0), 0, 0, true);
        if (best != null && best.score() == 1.0) {
            return best;
        }
        if ((ga.size() > 1 || gb.size() > 1) && String.join("", ga).equals(String.join("", gb))) {
            return new Step(How.JOINED, 1.0, -1, -1);
        }
        for (int i = 0; i < ga.size(); i++) {
            for (int j = 0; j < gb.size(); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                Step step = givenName(ga.get(i), gb.get(j), i, j, false);
                if (step != null) {
                    step = step.asMiddle();
                    if (best == null || step.score() > best.score()) {
                        best = step;
                    }
                }
            }
        }
        return best;
    }

    /** Compares two given names; only the first given names may agree by initial or by spelling. */
    private Step givenName(String x, String y, int i, int j, boolean first) {
        if (x.equals(y)) {
            return x.length() == 1 && !first ? null : new Step(How.EXACT, 1.0, i, j);
        }
        if (x.length() == 1 || y.length() == 1) {
            return first && x.charAt(0) == y.charAt(0) ? new Step(How.INITIAL, INITIAL, i, j) : null;
        }
        int group = givenNameTable.sharedGroup(x, y);
        if (group >= 0) {
            return new Step(How.NICKNAME, TABLE, i, j, group, null, false);
        }
        group = transliterationTable.sharedGroup(x, y);
        if (group >= 0) {
            return new Step(How.TRANSLITERATION, TABLE, i, j, group, null, false);
        }
        boolean knownApart = givenNameTable.contains(x) && givenNameTable.contains(y)
            || transliterationTable.contains(x) && transliterationTable.contains(y);
        if (first && !knownApart && x.charAt(0) == y.charAt(0)) {
            double s = similarity(x, y, SHORTEST_SIMILAR_GIVEN_NAME, GIVEN_NAME_SIMILARITY_MINIMUM);
            if (s >= GIVEN_NAME_SIMILARITY_MINIMUM) {
                return new Step(How.SIMILAR, s, i, j);
            }
        }
        return null;
    }

    private MatchEvidence personEvidence(PersonMatch m) {
        PersonName.Parsed da = m.a.display();
        PersonName.Parsed db = m.b.display();
        Step given = m.given;
        Step surname = m.surname;
        List<String> reasons = new ArrayList<>();
        MatchRule rule;
        if (given.how() == How.EXACT && surname.how() == How.EXACT && !given.middle()) {
            rule = MatchRule.NORMALISED_EXACT;
            reasons.add(sameName(m.a.original(), m.b.original(), "titles, case, accents, punctuation and order"));
        } else {
            rule = weaker(given, surname).how().rule;
            reasons.add(givenReason(given, m, da, db));
            reasons.add(surnameReason(surname, m, da, db));
        }
        return new MatchEvidence(m.score, rule, List.of("given name", "surname"), reasons);
    }

    /** @return the step that contributed less; on a tie, the fuzzier rule */
    private static Step weaker(Step x, Step y) {
        if (x.score() != y.score()) {
            return x.score() < y.score() ? x : y;
        }
        return x.how().rule.ordinal() >= y.how().rule.ordinal() ? x : y;
    }

    private static String sameName(String a, String b, String setAside) {
        if (a.replaceAll("\\s+", " ").equals(b.replaceAll("\\s+", " "))) {
            return "same name '" + a + "'";
        }
        return "'" + a + "' and '" + b + "' are the same name once " + setAside + " are set aside";
    }

    private String givenReason(Step step, PersonMatch m, PersonName.Parsed da, PersonName.Parsed db) {
        String x = step.a() >= 0 ? quoted(da.givenDisplay.get(step.a())) : null;
        String y = step.b() >= 0 ? quoted(db.givenDisplay.get(step.b())) : null;
        String reason = switch (step.how()) {
            case EXACT -> "same given name " + x;
            case JOINED -> "given names " + quoted(String.join(" ", da.givenDisplay)) + " and "
                + quoted(String.join(" ", db.givenDisplay)) + " are the same, spaced differently";
            case INITIAL -> initialReason(m.a.givenNames().get(step.a()).length() == 1,
                m.b.givenNames().get(step.b()).length() == 1, x, y);
            case NICKNAME -> nicknameReason(step, m, x, y);
            case TRANSLITERATION -> x + " and " + y + " are spellings of the same name in English letters";
            case SIMILAR -> "given names " + x + " and " + y + " differ by a likely typing slip (similarity "
                + twoPlaces(step.score()) + ")";
            default -> throw new IllegalStateException("not a given-name step: " + step.how());
        };
        return step.middle() ? reason + " (a middle name on one side)" : reason;
    }

    private static String initialReason(boolean initialX, boolean initialY, String x, String y) {
        if (initialX && initialY) {
            return "same initial " + x;
        }
        return initialX ? "initial " + x + " fits " + y : "initial " + y + " fits " + x;
    }

    private String nicknameReason(Step step, PersonMatch m, String x, String y) {
        String nx = m.a.givenNames().get(step.a());
        String ny = m.b.givenNames().get(step.b());
        boolean fullX = givenNameTable.isFullForm(step.group(), nx);
        boolean fullY = givenNameTable.isFullForm(step.group(), ny);
        if (fullX && fullY) {
            return x + " and " + y + " are spellings of the same given name";
        }
        if (fullX) {
            return y + " is a usual short form of " + x;
        }
        if (fullY) {
            return x + " is a usual short form of " + y;
        }
        return x + " and " + y + " are both usual short forms of "
            + quoted(givenNameTable.group(step.group()).headword());
    }

    private String surnameReason(Step step, PersonMatch m, PersonName.Parsed da, PersonName.Parsed db) {
        String sa = quoted(da.surnameDisplay);
        String sb = quoted(db.surnameDisplay);
        return switch (step.how()) {
            case EXACT -> "same surname " + (sa.equals(sb) ? sa : sa + " (" + sb + ")");
            case SHARED_PART -> sharedPartReason(step, m, da, db, sa, sb);
            case TRANSLITERATION -> "surnames " + quoted(da.partDisplay.get(step.a())) + " and "
                + quoted(db.partDisplay.get(step.b())) + " are spellings of the same name in English letters";
            case PHONETIC -> "surnames " + sa + " and " + sb + " sound alike (Double Metaphone code " + step.code()
                + ")";
            case SIMILAR -> {
                String x = step.a() >= 0 ? quoted(da.partDisplay.get(step.a())) : sa;
                String y = step.b() >= 0 ? quoted(db.partDisplay.get(step.b())) : sb;
                yield "surnames " + x + " and " + y + " differ by a likely typing slip (similarity "
                    + twoPlaces(step.score()) + ")";
            }
            default -> throw new IllegalStateException("not a surname step: " + step.how());
        };
    }

    private static String sharedPartReason(Step step, PersonMatch m, PersonName.Parsed da, PersonName.Parsed db,
            String sa, String sb) {
        PersonName.PartSource x = da.partSource.get(step.a());
        PersonName.PartSource y = db.partSource.get(step.b());
        String part = quoted(da.partDisplay.get(step.a()));
        if (x == PersonName.PartSource.MAIDEN || y == PersonName.PartSource.MAIDEN) {
            String maidenSide = x == PersonName.PartSource.MAIDEN ? m.a.original() : m.b.original();
            return "surname " + part + " is the former surname given in " + quoted(maidenSide);
        }
        PersonName.PartSource source = x != PersonName.PartSource.WHOLE ? x : y;
        String kind = switch (source) {
            case HYPHENATED -> "hyphenated surname";
            case DOUBLE_BARRELLED -> "double-barrelled surname";
            case WITHOUT_PREFIX -> "surname prefix set aside";
            default -> "surname part";
        };
        return "surnames " + sa + " and " + sb + " share the part " + part + " (" + kind + ")";
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }

    private static String twoPlaces(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    // ----------------------------------------------------------------------------------------------- organisations

    /** A flagged pair of organisations, with the evidence built on demand. */
    final class OrganisationMatch {
        final OrganisationName a;
        final OrganisationName b;
        final double score;
        final MatchRule rule;
        final List<String[]> slips;
        final List<String> genericDifferences;

        OrganisationMatch(OrganisationName a, OrganisationName b, double score, MatchRule rule, List<String[]> slips,
                List<String> genericDifferences) {
            this.a = a;
            this.b = b;
            this.score = Text.rounded(score);
            this.rule = rule;
            this.slips = slips;
            this.genericDifferences = genericDifferences;
        }

        MatchEvidence evidence() {
            return organisationEvidence(this);
        }
    }

    /** @return the match when flagged, otherwise null */
    OrganisationMatch compareOrganisations(OrganisationName a, OrganisationName b) {
        if (a.identifier().isPresent() && b.identifier().isPresent()
            && a.identifier().get().scheme() == b.identifier().get().scheme()) {
            return a.identifier().equals(b.identifier())
                ? new OrganisationMatch(a, b, 1.0, MatchRule.IDENTIFIER, List.of(), List.of()) : null;
        }
        if (a.words().equals(b.words()) || String.join("", a.words()).equals(String.join("", b.words()))) {
            return new OrganisationMatch(a, b, 1.0, MatchRule.NORMALISED_EXACT, List.of(), List.of());
        }
        if (disjoint(designations(a), designations(b)) || disjoint(phases(a), phases(b))) {
            return null;
        }
        List<String> da = a.distinctive();
        List<String> db = b.distinctive();
        if (da.isEmpty() || db.isEmpty()) {
            return null;
        }
        boolean aShorter = da.size() <= db.size();
        List<String> shorter = aShorter ? da : db;
        List<String> longer = aShorter ? db : da;
        boolean[] used = new boolean[longer.size()];
        double score = 1.0;
        List<String[]> slips = new ArrayList<>();
        for (String word : shorter) {
            int exact = -1;
            for (int k = 0; k < longer.size(); k++) {
                if (!used[k] && longer.get(k).equals(word)) {
                    exact = k;
                    break;
                }
            }
            if (exact >= 0) {
                used[exact] = true;
                continue;
            }
            int bestK = -1;
            double best = 0.0;
            for (int k = 0; k < longer.size(); k++) {
                if (!used[k]) {
                    double s = similarity(word, longer.get(k), SHORTEST_SIMILAR_WORD,
                        ORGANISATION_WORD_SIMILARITY_MINIMUM);
                    if (s >= ORGANISATION_WORD_SIMILARITY_MINIMUM && s > best) {
                        best = s;
                        bestK = k;
                    }
                }
            }
            if (bestK < 0) {
                return null;
            }
            used[bestK] = true;
            score *= best;
            slips.add(aShorter ? new String[] {word, longer.get(bestK)} : new String[] {longer.get(bestK), word});
        }
        score *= Math.pow(EXTRA_WORD, longer.size() - shorter.size());
        List<String> differences = new ArrayList<>();
        for (String w : a.generic()) {
            if (!b.generic().contains(w)) {
                differences.add(w);
            }
        }
        for (String w : b.generic()) {
            if (!a.generic().contains(w)) {
                differences.add(w);
            }
        }
        score *= Math.pow(GENERIC_WORD, differences.size());
        if (score < FLAG_THRESHOLD) {
            return null;
        }
        return new OrganisationMatch(a, b, score, slips.isEmpty() ? MatchRule.NORMALISED_EXACT
            : MatchRule.EDIT_DISTANCE, slips, differences);
    }

    private static Set<String> designations(OrganisationName name) {
        Set<String> set = new HashSet<>();
        for (String w : name.generic()) {
            if (OrganisationName.DESIGNATIONS.contains(w)) {
                set.add(w);
            }
        }
        return set;
    }

    private static Set<Character> phases(OrganisationName name) {
        Set<Character> set = new HashSet<>();
        for (String w : name.generic()) {
            Character phase = OrganisationName.PHASES.get(w);
            if (phase != null) {
                set.add(phase);
            }
        }
        return set;
    }

    private static <T> boolean disjoint(Set<T> x, Set<T> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        for (T t : x) {
            if (y.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private MatchEvidence organisationEvidence(OrganisationMatch m) {
        if (m.rule == MatchRule.IDENTIFIER) {
            OrganisationIdentifier id = m.a.identifier().orElseThrow();
            return new MatchEvidence(m.score, m.rule, List.of(schemeField(id.scheme())),
                List.of("same " + schemeLabel(id.scheme()) + " " + id.value()));
        }
        List<String> reasons = new ArrayList<>();
        if (m.slips.isEmpty() && m.genericDifferences.isEmpty()) {
            reasons.add(sameName(m.a.original(), m.b.original(),
                "case, punctuation, abbreviations and words such as 'the' and 'school'"));
        } else {
            for (String[] slip : m.slips) {
                reasons.add("words " + quoted(Text.capitalised(slip[0])) + " and " + quoted(Text.capitalised(slip[1]))
                    + " differ by a likely typing slip (similarity " + twoPlaces(Text.jaroWinkler(slip[0], slip[1]))
                    + ")");
            }
            if (!m.genericDifferences.isEmpty()) {
                List<String> labels = new ArrayList<>();
                for (String w : m.genericDifferences) {
                    labels.add(quoted(label(w)));
                }
                reasons.add(quoted(m.a.original()) + " and " + quoted(m.b.original()) + " differ only in "
                    + String.join(" and ", labels));
            } else {
                reasons.add("otherwise " + quoted(m.a.original()) + " and " + quoted(m.b.original())
                    + " have the same words");
            }
        }
        return new MatchEvidence(m.score, m.rule, List.of("organisation name"), reasons);
    }

    private static String label(String word) {
        return switch (word) {
            case "ce" -> "Church of England";
            case "rc" -> "Roman Catholic";
            case "cw" -> "Church in Wales";
            case "pru" -> "pupil referral unit";
            case "sixthform" -> "sixth form";
            default -> word;
        };
    }

    private static String schemeField(OrganisationIdentifier.Scheme scheme) {
        return switch (scheme) {
            case URN -> "urn";
            case UKPRN -> "ukprn";
            case ODS -> "ods code";
            case LA_CODE -> "local authority code";
            case CHARITY_NUMBER -> "charity number";
        };
    }

    private static String schemeLabel(OrganisationIdentifier.Scheme scheme) {
        return switch (scheme) {
            case URN -> "URN";
            case UKPRN -> "UKPRN";
            case ODS -> "ODS code";
            case LA_CODE -> "local authority code";
            case CHARITY_NUMBER -> "charity number";
        };
    }
}
