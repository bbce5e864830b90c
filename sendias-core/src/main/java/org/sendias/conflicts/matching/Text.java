package org.sendias.conflicts.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/** Text helpers shared by the name parsers, the matcher and the index. Stateless. */
final class Text {

    /**
     * Double Metaphone codes up to 8 characters. The library's default of 4 makes long surnames that only share a
     * beginning collide (Richards and Richardson); 8 keeps them apart while names that sound alike still agree.
     * Configured once here and never changed, so sharing the instance between threads is safe.
     */
    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LongestCommonSubsequence LONGEST_COMMON_SUBSEQUENCE = new LongestCommonSubsequence();
    static final int PHONETIC_CODE_LENGTH = 8;

    static {
        DOUBLE_METAPHONE.setMaxCodeLen(PHONETIC_CODE_LENGTH);
    }

    private Text() {
    }

    /**
     * Takes accents off letters (Unicode compatibility decomposition, NFKD, then drops the combining marks; NFKD
     * rather than NFD so that ligatures and full-width letters fold too), spells out the few Latin letters that have
     * no decomposition (ø, æ, ß, ł, ...), and unifies apostrophes and dashes. Keeps case.
     */
    static String foldAccents(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("TH");
                case 'ı' -> out.append('i');
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '`', '\u00B4' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** @return the string folded by {@link #foldAccents} and in lower case, for one table word or name word */
    static String normaliseWord(String s) {
        String folded = foldAccents(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Splits folded text into words: runs of letters, with hyphens kept inside words and apostrophes dropped
     * (O'Brien is OBrien). Anything else separates words.
     */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '-') {
                word.append(c);
            } else if (c == '\'') {
                continue;
            } else {
                String w = trimHyphens(word.toString());
                if (!w.isEmpty()) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static String trimHyphens(String w) {
        int start = 0;
        int end = w.length();
        while (start < end && w.charAt(start) == '-') {
            start++;
        }
        while (end > start && w.charAt(end - 1) == '-') {
            end--;
        }
        return w.substring(start, end).replaceAll("-{2,}", "-");
    }

    /** @return Commons Text's Jaro-Winkler similarity of the two strings, from 0 to 1 */
    static double jaroWinkler(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /**
     * Whether one string merely adds letters to the start or the end of the other. Jaro-Winkler rates such pairs as
     * close (Jane and Janet, Park and Parkside, Costa and Acosta, Rice and Price), but they are usually different
     * names, so the similarity rules do not accept them.
     */
    static boolean extendsTheOther(String a, String b) {
        return a.length() != b.length() && (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a));
    }

    /**
     * Whether deleting at most one letter from each word makes them equal: one letter added, dropped or changed, or
     * two letters swapped. This is what a typing slip is; it keeps Jaro-Winkler, which rewards a long shared
     * beginning, from matching words that differ by more (Cheson and Chesterton), and it is exactly what the
     * index's one-letter-deleted keys find. Computed from Commons Text's longest common subsequence.
     */
    static boolean withinOneSlip(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int common = LONGEST_COMMON_SUBSEQUENCE.apply(a, b);
        return a.length() - common <= 1 && b.length() - common <= 1;
    }

    /** @return the Double Metaphone primary and alternate codes of a word (one code when they agree) */
    static List<String> phoneticCodes(String word) {
        String primary = DOUBLE_METAPHONE.doubleMetaphone(word);
        String alternate = DOUBLE_METAPHONE.doubleMetaphone(word, true);
        if (primary == null || primary.isEmpty()) {
            return List.of();
        }
        return alternate == null || alternate.isEmpty() || alternate.equals(primary) ? List.of(primary)
            : List.of(primary, alternate);
    }

    /** @return the word with its first letter in upper case, for reasons built from lower-case table words */
    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** @return the score rounded half up to two decimal places */
    static double rounded(double score) {
        return Math.round(score * 100.0) / 100.0;
    }
}
