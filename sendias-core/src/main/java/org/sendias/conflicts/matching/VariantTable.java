package org.sendias.conflicts.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of name groups, read from a UTF-8 resource with one group a line. A line lists the full forms, then
 * optionally a colon and the short forms: {@code William: Bill, Billy, Will}. Blank lines and lines starting with
 * {@code #} are ignored. Immutable once loaded.
 */
final class VariantTable {

    /** One group: its names as written in the table, and which are full forms. */
    record Group(List<String> names, Set<String> fullForms) {
        /** @return the first full form as written in the table */
        String headword() {
            return names.get(0);
        }
    }

    private static final int[] NONE = new int[0];

    private final List<Group> groups;
    /** Normalised name to the indices of the groups it belongs to, ascending. */
    private final Map<String, int[]> membership;
    private VariantTable(List<Group> groups, Map<String, int[]> membership) {
        this.groups = List.copyOf(groups);
        this.membership = Map.copyOf(membership);
    }

    /**
     * Loads a table from a resource beside this class.
     *
     * @throws IllegalStateException if the resource is missing or malformed (the library is broken)
     */
    static VariantTable load(String resource) {
        try (InputStream in = VariantTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return of(resource, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static VariantTable of(String source, List<String> lines) {
        List<Group> groups = new ArrayList<>();
        Map<String, List<Integer>> members = new HashMap<>();
        int lineNumber = 0;
        for (String raw : lines) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + lineNumber;
            int colon = line.indexOf(':');
            List<String> full = names(colon < 0 ? line : line.substring(0, colon), where);
            List<String> shortForms = colon < 0 ? List.of() : names(line.substring(colon + 1), where);
            Map<String, String> group = new LinkedHashMap<>();
            for (String name : full) {
                putOnce(group, name, where);
            }
            for (String name : shortForms) {
                putOnce(group, name, where);
            }
            if (group.size() < 2 || full.isEmpty()) {
                throw new IllegalStateException(where + ": a group needs a full form and at least two names");
            }
            int index = groups.size();
            Set<String> fullNorm = new HashSet<>();
            for (String name : full) {
                fullNorm.add(Text.normaliseWord(name));
            }
            groups.add(new Group(List.copyOf(group.values()), Set.copyOf(fullNorm)));
            for (String name : group.keySet()) {
                members.computeIfAbsent(name, k -> new ArrayList<>()).add(index);
            }
        }
        Map<String, int[]> membership = new HashMap<>();
        members.forEach((name, list) -> membership.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
        return new VariantTable(groups, membership);
    }

    private static List<String> names(String text, String where) {
        List<String> names = new ArrayList<>();
        for (String name : text.split(",")) {
            String n = name.strip();
            if (n.isEmpty() || Text.normaliseWord(n).isEmpty()) {
                throw new IllegalStateException(where + ": empty name");
            }
            names.add(n);
        }
        return names;
    }

    private static void putOnce(Map<String, String> group, String name, String where) {
        if (group.putIfAbsent(Text.normaliseWord(name), name) != null) {
            throw new IllegalStateException(where + ": " + name + " is listed twice");
        }
    }

    /** @return the groups, in table order */
    List<Group> groups() {
        return groups;
    }

    /** @return the indices of the groups a normalised name belongs to, ascending; empty if none */
    int[] groupsOf(String normalised) {
        return membership.getOrDefault(normalised, NONE);
    }

    /** @return whether a normalised name is in the table */
    boolean contains(String normalised) {
        return membership.containsKey(normalised);
    }

    /** @return every normalised name in the table */
    Set<String> names() {
        return membership.keySet();
    }

    /** @return the index of a group both names belong to, or -1 */
    int sharedGroup(String a, String b) {
        int[] x = groupsOf(a);
        if (x.length == 0) {
            return -1;
        }
        int[] y = groupsOf(b);
        for (int g : x) {
            if (Arrays.binarySearch(y, g) >= 0) {
                return g;
            }
        }
        return -1;
    }

    /** @return the group at an index */
    Group group(int index) {
        return groups.get(index);
    }

    /** @return whether a normalised name is a full form in the group */
    boolean isFullForm(int group, String normalised) {
        return groups.get(group).fullForms().contains(normalised);
    }
}
