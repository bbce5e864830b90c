package org.sendias.examples.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendias.conflicts.Relationship;

/**
 * Reads a declared person's relationship to the adviser from the word a person would write ({@code "sister"},
 * {@code "husband"}, {@code "mother-in-law"}) or from a {@link Relationship} name, ignoring case, spaces, hyphens and
 * underscores.
 *
 * <ul>
 *   <li>{@link Relationship#SIBLING}: sister, brother, sibling, and their half- and step- forms;</li>
 *   <li>{@link Relationship#SPOUSE_OR_PARTNER}: wife, husband, partner, spouse, civil partner, boyfriend,
 *       girlfriend, fiance, fiancee;</li>
 *   <li>{@link Relationship#FORMER_PARTNER}: ex- or former followed by any of those, and ex;</li>
 *   <li>{@link Relationship#PARENT}: mother, father, mum, mom, dad, parent, and their step- forms;</li>
 *   <li>{@link Relationship#CHILD}: son, daughter, child, and their step- forms;</li>
 *   <li>{@link Relationship#OTHER_RELATIVE}: cousin, aunt, uncle, niece, nephew, grandparents and grandchildren
 *       (with any number of great-), in-laws, relative;</li>
 *   <li>{@link Relationship#FRIEND}: friend; {@link Relationship#NEIGHBOUR}: neighbour, neighbor;
 *       {@link Relationship#COLLEAGUE}: colleague, former colleague, co-worker; {@link Relationship#OTHER}: other.</li>
 * </ul>
 */
final class Relationships {
    /** A few of the words accepted, for error messages. */
    static final String EXAMPLES = "sister, brother, wife, husband, partner, ex-partner, mother, father, son, "
        + "daughter, cousin, aunt, uncle, grandmother, mother-in-law, friend, neighbour, colleague";

    private static final Map<String, Relationship> WORDS = new HashMap<>();

    static {
        put(Relationship.SIBLING, "sister", "brother", "sibling");
        put(Relationship.SPOUSE_OR_PARTNER, "wife", "husband", "partner", "spouse", "civil partner", "boyfriend",
            "girlfriend", "fiance", "fiancee");
        put(Relationship.PARENT, "mother", "father", "mum", "mom", "dad", "parent");
        put(Relationship.CHILD, "son", "daughter", "child");
        put(Relationship.OTHER_RELATIVE, "cousin", "aunt", "auntie", "aunty", "uncle", "niece", "nephew",
            "grandmother", "grandfather", "grandparent", "grandma", "grandpa", "nan", "nana", "gran", "granny",
            "grandson", "granddaughter", "grandchild", "relative", "relation", "in law");
        put(Relationship.FORMER_PARTNER, "ex", "former partner", "former spouse");
        put(Relationship.FRIEND, "friend", "family friend");
        put(Relationship.NEIGHBOUR, "neighbour", "neighbor");
        put(Relationship.COLLEAGUE, "colleague", "former colleague", "co worker", "coworker");
        put(Relationship.OTHER, "other");
        for (Relationship r : Relationship.values()) {
            WORDS.put(normalise(r.name()), r);
        }
    }

    private Relationships() {
    }

    private static void put(Relationship relationship, String... words) {
        Arrays.stream(words).forEach(word -> WORDS.put(word, relationship));
    }

    /**
     * @param text a relationship as written
     * @return the relationship, or empty if the text is not one this table knows
     */
    static Optional<Relationship> parse(String text) {
        return Optional.ofNullable(lookUp(normalise(text)));
    }

    private static Relationship lookUp(String word) {
        Relationship known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        if (word.endsWith(" in law") && WORDS.containsKey(word.substring(0, word.length() - " in law".length()))) {
            return Relationship.OTHER_RELATIVE;
        }
        for (String prefix : new String[] {"step ", "step", "half "}) {
            if (word.startsWith(prefix)) {
                Relationship rest = WORDS.get(word.substring(prefix.length()));
                if (rest == Relationship.SIBLING || rest == Relationship.PARENT || rest == Relationship.CHILD) {
                    return rest;
                }
            }
        }
        for (String prefix : new String[] {"ex ", "former "}) {
            if (word.startsWith(prefix)
                    && WORDS.get(word.substring(prefix.length())) == Relationship.SPOUSE_OR_PARTNER) {
                return Relationship.FORMER_PARTNER;
            }
        }
        if (word.startsWith("great ")) {
            Relationship rest = lookUp(word.substring("great ".length()));
            return rest == Relationship.OTHER_RELATIVE ? rest : null;
        }
        return null;
    }

    /** @return lower case, with runs of spaces, hyphens and underscores made one space, trimmed */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }
}
