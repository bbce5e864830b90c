package org.sendias.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.audit.AuditVerification.Kind;
import org.sendias.audit.AuditVerification.Problem;

/**
 * Checks a tenant's stored audit events, in the order they are stored, and says what was changed and where.
 *
 * <p>It reads the events once, as a stream, keeping only the state it needs to tell the kinds of tampering apart:
 * the chain so far (next sequence, the hash to link to), the missing sequences not yet accounted for and the events
 * seen ahead of their turn (at most {@value #MAX_TRACKED} of each), and the changed events not yet explained (at most
 * {@value AuditVerification#MAX_PROBLEMS}). It reads one event ahead to tell an event stored early from a gap.
 *
 * <p>The rules, for each event in stored order, against the next sequence the chain expects:
 * <ul>
 *   <li><b>MODIFIED</b>: the event's hash is not the hash of its content ({@link AuditChain#hash}). When its hash is
 *       right for the expected sequence instead of its own, its sequence was changed, and it is reported at the
 *       expected sequence. A changed event does not break the chain after it.</li>
 *   <li><b>DELETED</b>: the sequence skips and the events after it continue from the higher sequence; reported once
 *       per run of missing sequences, at the first one, at the position where they were. A missing sequence that
 *       turns up later is reported as REORDERED instead.</li>
 *   <li><b>INSERTED</b>: an event whose sequence is already in the chain (or below 1), an event of another tenant
 *       whose hash is right, or an event with the expected sequence whose hash is right for its content but which
 *       does not link to the hash of the event before it (added, or the event before it was replaced and its hash
 *       recomputed). Of two events with one sequence that both link to the event before, the one the next event
 *       links to is kept in the chain and the other is reported.</li>
 *   <li><b>REORDERED</b>: an event with a sequence lower than one already seen that is not already in the chain (it
 *       fills a gap); an event with a higher sequence than expected that is followed by a lower one (stored early);
 *       and two events whose hashes are each right for the other's sequence (their sequences were exchanged, as a
 *       store that reads in sequence order shows two swapped rows).</li>
 *   <li><b>TRUNCATED</b> (with an anchor): the chain ends before the anchored head's sequence, or the event at that
 *       sequence has another hash (the chain was cut and rebuilt with recomputed hashes).</li>
 * </ul>
 * Problems are listed by position. Several events moved close together (within two places of each other) may be
 * named by a neighbour's sequence instead of their own; every event named is out of order with another.
 *
 * <p>Without an anchor, events removed from the end of the chain, and events added at its end with correctly
 * computed links, cannot be told from a shorter or longer chain: record heads outside the database to catch them.
 */
public final class AuditVerifier {
    /** The most missing runs and early events remembered at once. */
    public static final int MAX_TRACKED = 1000;

    private AuditVerifier() {
    }

    /**
     * @param tenant the service whose events these are
     * @param events the events, in the order they are stored (for a store, in sequence order)
     * @param anchor a head recorded earlier that the chain must still reach, if any
     * @return what was found
     * @throws InvalidInputException if the tenant is missing, or the anchor belongs to another tenant
     */
    public static AuditVerification verify(TenantId tenant, Iterator<AuditEvent> events,
            Optional<AuditHead> anchor) {
        if (tenant == null) {
            throw new InvalidInputException("tenant", "is required");
        }
        Objects.requireNonNull(events, "events");
        AuditHead anchored = Objects.requireNonNullElse(anchor, Optional.<AuditHead>empty()).orElse(null);
        if (anchored != null && !anchored.tenant().equals(tenant)) {
            throw new InvalidInputException("anchor.tenant", "must be the tenant verified (" + tenant + ")");
        }
        Walk walk = new Walk(tenant, anchored);
        while (events.hasNext()) {
            walk.next(Objects.requireNonNull(events.next(), "event"));
        }
        return walk.finish();
    }

    /**
     * @param tenant the service whose events these are
     * @param events the events, in the order they are stored
     * @param anchor a head recorded earlier that the chain must still reach, if any
     * @return what was found
     * @throws InvalidInputException if the tenant is missing, or the anchor belongs to another tenant
     */
    public static AuditVerification verify(TenantId tenant, Iterable<AuditEvent> events,
            Optional<AuditHead> anchor) {
        return verify(tenant, Objects.requireNonNull(events, "events").iterator(), anchor);
    }

    private static boolean ownOk(AuditEvent e, long sequence) {
        return AuditHead.isHash(e.hash()) && e.hash().equals(Canonical.hash(e.record(), sequence, e.previousHash()));
    }

    private static int position(long p) {
        return (int) Math.min(p, Integer.MAX_VALUE);
    }

    /** An event held back, with its position. */
    private record Held(AuditEvent event, long position) {
        long sequence() {
            return event.sequence();
        }
    }

    /** A problem found, whose position may still change. */
    private static final class Found {
        final Kind kind;
        final long sequence;
        long position;
        String explanation;

        Found(Kind kind, long sequence, long position, String explanation) {
            this.kind = kind;
            this.sequence = sequence;
            this.position = position;
            this.explanation = explanation;
        }
    }

    /** A run of missing sequences, and the position where they were. */
    private static final class Gap {
        long from;
        long to;
        final long position;

        Gap(long from, long to, long position) {
            this.from = from;
            this.to = to;
            this.position = position;
        }
    }

    /** A repeated sequence just reported, which the next event may show to be the chain's own. */
    private record Repeat(Found found, long sequence, long takenPosition, String hash) {
    }

    /** The state of one verification. */
    private static final class Walk {
        private final TenantId tenant;
        private final AuditHead anchor;
        private long position;
        private long expected = 1;
        private String link;
        private boolean linkKnown = true;
        private String linkBefore;
        private boolean linkBeforeKnown;
        private long lastSequence;
        private long lastPosition = -1;
        private AuditHead good;
        private Held jump;
        private Held skipped;
        private Repeat repeat;
        private final List<Gap> gaps = new ArrayList<>();
        private final Map<Long, String> early = new HashMap<>();
        private final List<Held> suspects = new ArrayList<>();
        private final List<Found> found = new ArrayList<>();
        private long count;
        private String anchorHash;
        private long anchorPosition;

        Walk(TenantId tenant, AuditHead anchor) {
            this.tenant = tenant;
            this.anchor = anchor;
            this.good = AuditHead.genesis(tenant);
            this.link = good.hash();
        }

        void next(AuditEvent e) {
            long p = position++;
            boolean own = ownOk(e, e.sequence());
            if (own && e.sequence() >= 1 && e.tenant().equals(tenant)) {
                good = e.head();
            }
            if (jump != null) {
                Held j = jump;
                jump = null;
                if (e.sequence() < j.sequence() && early.size() < MAX_TRACKED && !early.containsKey(j.sequence())) {
                    report(Kind.REORDERED, j.sequence(), j.position(), "sequence " + j.sequence()
                        + " is stored early, before sequence " + e.sequence() + " (position " + p + ")");
                    early.put(j.sequence(), j.event().hash());
                } else {
                    gap(expected, j.sequence() - 1, j.position());
                    take(j.sequence(), j.event().hash(), j.position(), true);
                }
            }
            Held skip = skipped;
            skipped = null;
            Repeat r = repeat;
            repeat = null;
            process(e, p, own, skip, r);
        }

        private void process(AuditEvent e, long p, boolean own, Held skip, Repeat r) {
            long s = e.sequence();
            if (own && !e.tenant().equals(tenant)) {
                report(Kind.INSERTED, s, p, "the event belongs to another tenant");
                return;
            }
            if (s == expected) {
                inLine(e, p, own, r);
                return;
            }
            if (!own && ownOk(e, expected)) {
                report(Kind.MODIFIED, expected, p, "the event is stored with sequence " + s + "; its hash is right "
                    + "for sequence " + expected + ", its place in the chain");
                take(expected, e.hash(), p, true);
                return;
            }
            if (s > expected) {
                if (skip != null && skip.sequence() == expected && s == expected + 1
                        && e.previousHash().equals(skip.event().hash())) {
                    // the event reported as not linking is the one this links to: keep it in the chain
                    take(skip.sequence(), skip.event().hash(), skip.position(), true);
                    inLine(e, p, own, null);
                    return;
                }
                if (own) {
                    jump = new Held(e, p);
                    return;
                }
                gap(expected, s - 1, p);
                inLine(e, p, false, null);
                return;
            }
            if (s >= 1 && fillGap(s)) {
                if (own) {
                    report(Kind.REORDERED, s, p, "sequence " + s + " is stored late, after higher sequences");
                } else {
                    report(Kind.MODIFIED, s, p, "the event's hash is not right for its content, and it is stored "
                        + "late, after higher sequences");
                }
                return;
            }
            if (own && s == lastSequence && s >= 1 && linkBeforeKnown && e.previousHash().equals(linkBefore)) {
                Found f = report(Kind.INSERTED, s, p, "sequence " + s + " is repeated; the copy at position "
                    + lastPosition + " is the one the chain continues from");
                repeat = new Repeat(f, s, lastPosition, e.hash());
                return;
            }
            report(Kind.INSERTED, s, p, (s < 1 ? "sequence " + s + " is below 1, where chains start"
                : "sequence " + s + " is already in the chain") + (own ? "" : ", and the event's hash is not right "
                    + "for its content"));
        }

        /** The event has the sequence the chain expects. */
        private void inLine(AuditEvent e, long p, boolean own, Repeat r) {
            long s = e.sequence();
            if (own) {
                boolean links = !linkKnown || e.previousHash().equals(link);
                if (!links && r != null && e.previousHash().equals(r.hash())) {
                    // of two events with one sequence, this links to the later one: the earlier was the added one
                    keepRepeated(r);
                    links = true;
                }
                if (!links) {
                    report(Kind.INSERTED, s, p, "the event's hash is right for its content but it does not link to "
                        + "sequence " + (s - 1) + ": it was added, or the event before it was replaced and its hash "
                        + "recomputed");
                    skipped = new Held(e, p);
                    return;
                }
                take(s, e.hash(), p, true);
                return;
            }
            for (Iterator<Held> it = suspects.iterator(); it.hasNext();) {
                Held x = it.next();
                if (ownOk(e, x.sequence()) && ownOk(x.event(), s)) {
                    it.remove();
                    report(Kind.REORDERED, x.sequence(), x.position(), "the event stored with sequence "
                        + x.sequence() + " is the event of sequence " + s + ": the two sequences were exchanged");
                    report(Kind.REORDERED, s, p, "the event stored with sequence " + s + " is the event of sequence "
                        + x.sequence() + ": the two sequences were exchanged");
                    take(s, x.event().hash(), p, true);
                    return;
                }
            }
            if (suspects.size() < AuditVerification.MAX_PROBLEMS) {
                suspects.add(new Held(e, p));
            } else {
                modified(e.sequence(), p);
            }
            take(s, e.hash(), p, false);
        }

        private void take(long sequence, String hash, long p, boolean known) {
            linkBefore = link;
            linkBeforeKnown = linkKnown;
            lastSequence = sequence;
            lastPosition = p;
            link = hash;
            linkKnown = known;
            expected = sequence + 1;
            anchored(sequence, hash, p);
            while (early.containsKey(expected)) {
                String h = early.remove(expected);
                lastSequence = -1;
                link = h;
                linkKnown = true;
                anchored(expected, h, p);
                expected++;
            }
        }

        private void anchored(long sequence, String hash, long p) {
            if (anchor != null && sequence == anchor.sequence()) {
                anchorHash = hash;
                anchorPosition = p;
            }
        }

        /** Of two events with one sequence, the later one is the chain's: the earlier is reported instead. */
        private void keepRepeated(Repeat r) {
            r.found().position = r.takenPosition();
            r.found().explanation = "sequence " + r.sequence() + " is repeated; the chain continues from the copy at "
                + "a later position";
            if (anchor != null && r.sequence() == anchor.sequence()) {
                anchorHash = r.hash();
            }
        }

        private void gap(long from, long to, long p) {
            if (from > to) {
                return;
            }
            if (gaps.size() >= MAX_TRACKED) {
                deleted(gaps.remove(0));
            }
            gaps.add(new Gap(from, to, p));
            expected = to + 1;
            linkKnown = false;
        }

        private boolean fillGap(long s) {
            for (int i = 0; i < gaps.size(); i++) {
                Gap g = gaps.get(i);
                if (s < g.from || s > g.to) {
                    continue;
                }
                if (g.from == g.to) {
                    gaps.remove(i);
                } else if (s == g.from) {
                    g.from++;
                } else if (s == g.to) {
                    g.to--;
                } else {
                    gaps.add(i + 1, new Gap(s + 1, g.to, g.position));
                    g.to = s - 1;
                }
                return true;
            }
            return false;
        }

        private void deleted(Gap g) {
            report(Kind.DELETED, g.from, g.position, g.from == g.to ? "sequence " + g.from + " is missing"
                : "sequences " + g.from + " to " + g.to + " (" + (g.to - g.from + 1) + " events) are missing");
        }

        private void modified(long sequence, long p) {
            report(Kind.MODIFIED, sequence, p, "the event's hash is not right for its content: it was changed after "
                + "it was chained");
        }

        private Found report(Kind kind, long sequence, long p, String explanation) {
            count++;
            Found f = new Found(kind, sequence, p, explanation);
            if (found.size() < 4 * AuditVerification.MAX_PROBLEMS) {
                found.add(f);
            }
            return f;
        }

        AuditVerification finish() {
            if (jump != null) {
                gap(expected, jump.sequence() - 1, jump.position());
                take(jump.sequence(), jump.event().hash(), jump.position(), true);
                jump = null;
            }
            if (repeat != null && anchor != null && repeat.sequence() == anchor.sequence()
                    && repeat.hash().equals(anchor.hash())) {
                keepRepeated(repeat);
            }
            gaps.forEach(this::deleted);
            suspects.forEach(x -> modified(x.sequence(), x.position()));
            if (anchorHash != null && !anchorHash.equals(anchor.hash())) {
                report(Kind.TRUNCATED, anchor.sequence(), anchorPosition, "the event at the anchored head's sequence "
                    + anchor.sequence() + " has another hash: the chain was rebuilt up to there");
            } else if (anchor != null && expected - 1 < anchor.sequence()) {
                report(Kind.TRUNCATED, expected, position, "the chain ends at sequence " + (expected - 1)
                    + ", before the anchored head at sequence " + anchor.sequence());
            }
            List<Problem> problems = found.stream()
                .sorted(Comparator.<Found>comparingLong(f -> f.position).thenComparingLong(f -> f.sequence))
                .limit(AuditVerification.MAX_PROBLEMS)
                .map(f -> new Problem(f.kind, f.sequence, position(f.position), f.explanation))
                .toList();
            return new AuditVerification(tenant, position, good, problems, count);
        }
    }
}
