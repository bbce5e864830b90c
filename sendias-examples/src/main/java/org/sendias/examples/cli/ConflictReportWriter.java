package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sendias.conflicts.ConflictMatch;
import org.sendias.conflicts.ConflictReport;

/**
 * Writes a {@link ConflictReport} as the result object of the {@code conflicts} command:
 * {@code {"adviser", "asOf", "outcome", "matches": [...]}}, with the matches most serious first.
 *
 * <p>A match shows the {@code party} and the {@code declaration} or {@code gift} it matched as they were given in the
 * input (a host service match has neither of the latter), then {@code source}, {@code severity}, {@code score} (0 to
 * 1, rounded to 2 decimal places), {@code rule}, {@code fields} and {@code reasons}: the matcher's reasons, followed by
 * why the match has its severity.
 */
final class ConflictReportWriter {

    private ConflictReportWriter() {
    }

    /**
     * @param report the check's report
     * @param input the check it was made from, for the parties, declarations and gifts as given
     * @return the result object
     */
    static ObjectNode write(ConflictReport report, CheckInput input) {
        ObjectNode result = Json.object();
        result.put("adviser", report.adviser().value());
        result.put("asOf", report.on().toString());
        result.put("outcome", report.outcome().name());
        ArrayNode matches = result.putArray("matches");
        for (ConflictMatch match : report.matches()) {
            matches.add(match(match, input));
        }
        return result;
    }

    private static ObjectNode match(ConflictMatch m, CheckInput input) {
        ObjectNode entry = Json.object();
        entry.set("party", given(input.partyNodes().get(m.party().ref())));
        m.declaration().ifPresent(d -> entry.set("declaration", given(input.declarationNodes().get(d.id()))));
        m.gift().ifPresent(g -> entry.set("gift", given(input.giftNodes().get(g.id()))));
        entry.put("source", m.source().name());
        entry.put("severity", m.severity().name());
        entry.put("score", Math.round(m.evidence().score() * 100) / 100.0);
        entry.put("rule", m.evidence().rule().name());
        ArrayNode fields = entry.putArray("fields");
        m.evidence().fields().forEach(fields::add);
        ArrayNode reasons = entry.putArray("reasons");
        m.evidence().reasons().forEach(reasons::add);
        reasons.add(m.why());
        return entry;
    }

    /** @return a copy of the input as given; every match refers to a party, declaration or gift of the input */
    private static JsonNode given(JsonNode node) {
        if (node == null) {
            throw new IllegalStateException("a match refers to something not in the input");
        }
        return node.deepCopy();
    }
}
