package org.sendias.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.audit.AuditVerification.Kind;
import org.sendias.audit.AuditVerification.Problem;
import org.sendias.spi.AuditRecord;

/**
 * Seeded random chains and random tampering: every valid chain verifies intact, and every kind of tampering is found
 * with the right kind, at the right sequence and position. A failing seed can be replayed alone.
 */
class AuditVerifierPropertyTest {
    private static final TenantId TENANT = Chains.TENANT;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static AuditVerification verify(List<AuditEvent> events) {
        return AuditVerifier.verify(TENANT, events, Optional.empty());
    }

    private static AuditVerification verify(List<AuditEvent> events, AuditHead anchor) {
        return AuditVerifier.verify(TENANT, events, Optional.of(anchor));
    }

    private static Problem problem(Kind kind, long sequence, int position) {
        return new Problem(kind, sequence, position, "");
    }

    /** The problems without their explanations, which are checked only for being there. */
    private static List<Problem> found(AuditVerification v) {
        v.problems().forEach(p -> assertFalse(p.explanation().isBlank()));
        assertEquals(v.problems().size(), v.problemCount());
        return v.problems().stream().map(p -> problem(p.kind(), p.sequence(), p.position())).toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyValidChainVerifiesIntact(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(0, 80));
        AuditVerification v = verify(chain);
        assertTrue(v.intact(), () -> "seed " + seed + ": " + v.problems());
        assertEquals(chain.size(), v.checked());
        AuditHead head = chain.isEmpty() ? AuditHead.genesis(TENANT) : chain.get(chain.size() - 1).head();
        assertEquals(head, v.head());
        assertTrue(verify(chain, head).intact(), "the chain reaches its own head");
        if (!chain.isEmpty()) {
            AuditHead earlier = chain.get(random.nextInt(chain.size())).head();
            assertTrue(verify(chain, earlier).intact(), "the chain reaches an earlier head");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void changingAnyFieldOfOneEventIsModifiedAtItsSequence(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(1, 60));
        int i = random.nextInt(chain.size());
        AuditEvent original = chain.get(i);
        AuditEvent changed = change(original, random.nextInt(10), random);
        assertNotEquals(original, changed);
        List<AuditEvent> tampered = new ArrayList<>(chain);
        tampered.set(i, changed);
        AuditVerification v = verify(tampered);
        assertEquals(List.of(problem(Kind.MODIFIED, i + 1, i)), found(v), () -> "seed " + seed);
        assertFalse(v.intact());
    }

    private static AuditEvent change(AuditEvent e, int field, SplittableRandom random) {
        AuditRecord r = e.record();
        return switch (field) {
            case 0 -> new AuditEvent(with(r, TenantId.of("iass-east"), r.at(), r.actor(), r.action(), r.caseId(),
                r.subject(), r.reason()), e.sequence(), e.previousHash(), e.hash());
            case 1 -> new AuditEvent(with(r, r.tenant(), r.at().plusNanos(random.nextBoolean() ? 1 : -1), r.actor(),
                r.action(), r.caseId(), r.subject(), r.reason()), e.sequence(), e.previousHash(), e.hash());
            case 2 -> new AuditEvent(with(r, r.tenant(), r.at(), UserId.of(r.actor().value() + "x"), r.action(),
                r.caseId(), r.subject(), r.reason()), e.sequence(), e.previousHash(), e.hash());
            case 3 -> new AuditEvent(with(r, r.tenant(), r.at(), r.actor(), r.action() + ".x", r.caseId(),
                r.subject(), r.reason()), e.sequence(), e.previousHash(), e.hash());
            case 4 -> new AuditEvent(with(r, r.tenant(), r.at(), r.actor(), r.action(), r.caseId().isPresent()
                && random.nextBoolean() ? Optional.empty() : Optional.of(new CaseId(new UUID(random.nextLong(), 1))),
                r.subject(), r.reason()), e.sequence(), e.previousHash(), e.hash());
            case 5 -> new AuditEvent(with(r, r.tenant(), r.at(), r.actor(), r.action(), r.caseId(),
                r.subject().isPresent() && random.nextBoolean() ? Optional.empty() : Optional.of("note:forged"),
                r.reason()), e.sequence(), e.previousHash(), e.hash());
            case 6 -> new AuditEvent(with(r, r.tenant(), r.at(), r.actor(), r.action(), r.caseId(), r.subject(),
                r.reason().equals("casework") ? "supervision" : "casework"), e.sequence(), e.previousHash(),
                e.hash());
            case 7 -> new AuditEvent(r, e.sequence(), Chains.randomHash(random), e.hash());
            case 8 -> new AuditEvent(r, e.sequence(), e.previousHash(),
                random.nextBoolean() ? Chains.randomHash(random) : "not a hash");
            default -> new AuditEvent(r, e.sequence() + (random.nextBoolean() ? random.nextLong(1, 1000)
                : -random.nextLong(1, 1000)), e.previousHash(), e.hash());
        };
    }

    private static AuditRecord with(AuditRecord r, TenantId tenant, Instant at, UserId actor, String action,
            Optional<CaseId> caseId, Optional<String> subject, String reason) {
        return new AuditRecord(tenant, at, actor, action, caseId, subject, reason);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void deletingEventsIsDeletedOncePerRunAtTheFirstMissingSequence(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(2, 60));
        // delete one or several, never the last (which only an anchor can show)
        Set<Integer> deleted = new TreeSet<>();
        int howMany = random.nextInt(1, Math.min(6, chain.size()));
        while (deleted.size() < howMany) {
            deleted.add(random.nextInt(chain.size() - 1));
        }
        List<AuditEvent> tampered = new ArrayList<>();
        List<Problem> expected = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (!deleted.contains(i)) {
                tampered.add(chain.get(i));
            } else if (!deleted.contains(i - 1)) {
                expected.add(problem(Kind.DELETED, i + 1, tampered.size()));
            }
        }
        assertEquals(expected, found(verify(tampered)), () -> "seed " + seed + ", deleted " + deleted);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aForgedEventWithItsOwnHashRightIsInserted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(1, 60));
        int j = random.nextInt(chain.size());
        AuditEvent original = chain.get(j);
        // the best forgery links exactly as the original does; a cruder one links anywhere
        String link = random.nextBoolean() ? original.previousHash() : Chains.randomHash(random);
        AuditEvent forged = Chains.forged(Chains.record(random, TENANT), original.sequence(), link);
        int at = switch (random.nextInt(3)) {
            case 0 -> j; // just before the original
            case 1 -> j + 1; // just after it
            default -> random.nextInt(j + 1, chain.size() + 1); // anywhere after it
        };
        List<AuditEvent> tampered = new ArrayList<>(chain);
        tampered.add(at, forged);
        // with the chain's head as anchor, which tells the original from a copy placed before it at the very end
        AuditHead head = chain.get(chain.size() - 1).head();
        assertEquals(List.of(problem(Kind.INSERTED, original.sequence(), at)), found(verify(tampered, head)),
            () -> "seed " + seed + ": forged sequence " + original.sequence() + " at " + at);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anEventAddedAtTheEndThatDoesNotLinkIsInserted(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(0, 40));
        List<AuditEvent> tampered = new ArrayList<>(chain);
        tampered.add(Chains.forged(Chains.record(random, TENANT), chain.size() + 1, Chains.randomHash(random)));
        assertEquals(List.of(problem(Kind.INSERTED, chain.size() + 1, chain.size())), found(verify(tampered)));
        // another tenant's genuine event among ours is not part of our chain
        List<AuditEvent> theirs = AuditChain.append(AuditHead.genesis(Chains.OTHER),
            List.of(Chains.record(random, Chains.OTHER)));
        List<AuditEvent> mixed = new ArrayList<>(chain);
        int at = random.nextInt(chain.size() + 1);
        mixed.add(at, theirs.get(0));
        assertEquals(List.of(problem(Kind.INSERTED, 1, at)), found(verify(mixed)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoEventsStoredInEachOthersPlacesAreReordered(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(2, 60));
        int i = random.nextInt(chain.size() - 1);
        int j = random.nextInt(i + 1, chain.size());
        List<AuditEvent> tampered = new ArrayList<>(chain);
        tampered.set(i, chain.get(j));
        tampered.set(j, chain.get(i));
        List<Problem> found = found(verify(tampered));
        String context = "seed " + seed + ": swapped positions " + i + " and " + j + ", found " + found;
        if (j == i + 1) {
            assertEquals(List.of(problem(Kind.REORDERED, j + 1, i)), found, context);
        } else if (j > i + 2) {
            assertEquals(List.of(problem(Kind.REORDERED, j + 1, i), problem(Kind.REORDERED, i + 1, j)), found,
                context);
        } else {
            // two apart: the middle event is out of order with both, and may be named instead of one of them
            assertFalse(found.isEmpty(), context);
            assertTrue(found.contains(problem(Kind.REORDERED, j + 1, i)), context);
            for (Problem p : found) {
                assertEquals(Kind.REORDERED, p.kind(), context);
                assertEquals(tampered.get(p.position()).sequence(), p.sequence(), context);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoEventsWhoseSequencesWereExchangedAreReordered(long seed) {
        // what a store that reads in sequence order shows after two rows' sequences are swapped
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(2, 60));
        int i = random.nextInt(chain.size() - 1);
        int j = random.nextInt(i + 1, chain.size());
        AuditEvent a = chain.get(i);
        AuditEvent b = chain.get(j);
        List<AuditEvent> tampered = new ArrayList<>(chain);
        tampered.set(i, new AuditEvent(b.record(), a.sequence(), b.previousHash(), b.hash()));
        tampered.set(j, new AuditEvent(a.record(), b.sequence(), a.previousHash(), a.hash()));
        assertEquals(List.of(problem(Kind.REORDERED, i + 1, i), problem(Kind.REORDERED, j + 1, j)),
            found(verify(tampered)), () -> "seed " + seed + ": exchanged " + (i + 1) + " and " + (j + 1));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aChainCutShortOfItsAnchorIsTruncated(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(1, 60));
        AuditHead anchor = chain.get(chain.size() - 1).head();
        int keep = random.nextInt(chain.size());
        List<AuditEvent> cut = chain.subList(0, keep);
        assertTrue(verify(cut).intact(), "without an anchor a shorter chain cannot be told from a cut one");
        assertEquals(List.of(problem(Kind.TRUNCATED, keep + 1, keep)), found(verify(cut, anchor)),
            () -> "seed " + seed + ": kept " + keep + " of " + chain.size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aChainRebuiltThroughItsAnchorIsTruncatedAtTheAnchor(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(1, 60));
        int anchorAt = random.nextInt(chain.size());
        AuditHead anchor = chain.get(anchorAt).head();
        int from = random.nextInt(anchorAt + 1);
        // replace everything from position 'from' with a freshly computed chain of other records, as long or longer
        AuditHead head = from == 0 ? AuditHead.genesis(TENANT) : chain.get(from - 1).head();
        List<AuditEvent> rebuilt = new ArrayList<>(chain.subList(0, from));
        rebuilt.addAll(AuditChain.append(head, Chains.records(random, TENANT,
            chain.size() - from + random.nextInt(3))));
        assertTrue(verify(rebuilt).intact(), "a consistently rebuilt chain needs an anchor to be caught");
        assertEquals(List.of(problem(Kind.TRUNCATED, anchor.sequence(), anchorAt)), found(verify(rebuilt, anchor)),
            () -> "seed " + seed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tamperingOfEveryKindAtOnceIsNeverIntact(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AuditEvent> chain = Chains.chain(random, random.nextInt(3, 60));
        List<AuditEvent> tampered = new ArrayList<>(chain);
        for (int n = random.nextInt(1, 5); n > 0 && tampered.size() > 2; n--) {
            int i = random.nextInt(tampered.size() - 1);
            switch (random.nextInt(4)) {
                case 0 -> tampered.set(i, change(tampered.get(i), random.nextInt(10), random));
                case 1 -> tampered.remove(i);
                case 2 -> tampered.add(i, Chains.forged(Chains.record(random, TENANT), tampered.get(i).sequence(),
                    tampered.get(i).previousHash()));
                default -> tampered.set(i + 1, tampered.set(i, tampered.get(i + 1)));
            }
        }
        AuditVerification v = verify(tampered, chain.get(chain.size() - 1).head());
        assertFalse(v.intact(), () -> "seed " + seed);
        for (Problem p : v.problems()) {
            assertTrue(p.position() >= 0 && p.position() <= tampered.size(), () -> "seed " + seed + ": " + p);
        }
    }
}
