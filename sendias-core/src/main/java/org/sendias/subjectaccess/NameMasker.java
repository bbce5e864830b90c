package org.sendias.subjectaccess;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/** Masks redacted and dropped third parties' names and dates of birth in free text: see {@link FreeText#maskedText()}. */
final class NameMasker {
    static final String WITHHELD = "third party (withheld)";
    static final String SHARED = "third party (redacted)";

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "master", "dr", "doctor",
        "prof", "professor", "rev", "revd", "reverend", "sir", "dame", "lord", "lady", "cllr", "councillor", "the",
        "and", "of", "nee", "jr", "jnr", "snr", "sr");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
        DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK), DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK),
        DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.UK), DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.UK),
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK),
        DateTimeFormatter.ofPattern("d MMMM, yyyy", Locale.UK), DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.UK));

    private NameMasker() {
    }

    static String mask(String text, List<Party> subjects, List<ThirdParty> parties,
            Map<PartyId, PartyDecision> decisions) {
        Set<String> keep = new HashSet<>();
        for (Party s : subjects) {
            keep.addAll(keys(s.name()));
        }
        Map<String, Set<String>> labelsByWord = new HashMap<>();
        Map<String, String> labelByDate = new LinkedHashMap<>();
        for (ThirdParty tp : parties) {
            PartyDecision d = decisions.get(tp.party().id());
            if (d == null || d.action() == Redactor.Action.INCLUDE) {
                continue;
            }
            String label = d.action() == Redactor.Action.REDACT ? d.label().orElseThrow() : WITHHELD;
            for (String key : keys(tp.party().name())) {
                if (key.length() >= 2 && !keep.contains(key) && !TITLES.contains(key)) {
                    labelsByWord.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(label);
                }
            }
            if (tp.party().dateOfBirth().isPresent()) {
                for (String form : dateForms(tp.party().dateOfBirth().get())) {
                    labelByDate.putIfAbsent(form, label);
                }
            }
        }
        String s = text;
        for (Map.Entry<String, String> e : labelByDate.entrySet()) {
            Pattern p = Pattern.compile("(?<![\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            s = p.matcher(s).replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
        if (labelsByWord.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = WORD.matcher(s);
        int last = 0;
        String lastLabel = null;
        while (m.find()) {
            Set<String> labels = lookup(m.group(), labelsByWord);
            if (labels == null) {
                continue;
            }
            String gap = s.substring(last, m.start());
            if (lastLabel != null && labels.contains(lastLabel) && !gap.isEmpty() && gap.isBlank()) {
                last = m.end();
                continue;
            }
            String label = labels.size() == 1 ? labels.iterator().next() : SHARED;
            out.append(gap).append(label);
            last = m.end();
            lastLabel = label;
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static Set<String> lookup(String token, Map<String, Set<String>> labelsByWord) {
        Set<String> labels = labelsByWord.get(normalise(token));
        if (labels == null) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.endsWith("'s") || lower.endsWith("\u2019s")) {
                labels = labelsByWord.get(normalise(token.substring(0, token.length() - 2)));
            }
        }
        return labels;
    }

    /** @return the name's words normalised, with each part of a hyphenated word as well as the whole */
    static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            String word = m.group();
            keys.add(normalise(word));
            if (word.indexOf('-') >= 0) {
                for (String part : word.split("-")) {
                    keys.add(normalise(part));
                }
            }
        }
        keys.remove("");
        return keys;
    }

    static String normalise(String word) {
        String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Set<String> dateForms(LocalDate date) {
        Set<String> forms = new LinkedHashSet<>();
        for (DateTimeFormatter f : DATE_FORMS) {
            forms.add(f.format(date));
        }
        return forms;
    }
}
