package org.sendias.bench;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.DeadlineStatus;
import org.sendias.deadline.EventType;
import org.sendias.deadline.OrderKind;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.deadline.Timeline;

/**
 * Computing whole timelines with {@link DeadlineEngine#compute(ProcessHistory, LocalDate)}.
 *
 * <p><b>One benchmark operation is one timeline</b>, computed for one history with every event that starts a rule
 * of the process recorded:
 * <ul>
 *   <li>{@link #appeal}: {@link ProcessType#APPEAL} with the decision notice, the certificate, the adviser told no
 *       mediation, the local authority told mediation is wanted, the mediation concluded, the conduct date, a
 *       tribunal order to make and maintain a plan, a tribunal recommendation and the grounds for judicial review.
 *       That starts every appeal rule except the two that only another kind of order starts
 *       ({@link Rule#ORDER_AMEND_PLAN}, {@link Rule#ORDER_NAME_SCHOOL}): 10 deadlines counted of 12;</li>
 *   <li>{@link #ehcNeedsAssessment}: {@link ProcessType#EHC_NEEDS_ASSESSMENT} with the request, the advice requested,
 *       the draft plan served and an institution consulted, which starts all 6 rules.</li>
 * </ul>
 * The setup builds {@value #HISTORIES} histories of each process, with dates from a fixed-seed
 * {@link SplittableRandom} over 2015-2030 in a plausible order, and checks which rules each starts; the benchmarks
 * cycle through them so that the JIT cannot fold the work away. The as-of date is fixed at {@link #AS_OF}, so about
 * half the deadlines are overdue and half upcoming.
 *
 * <p>{@link #appealWithExplanations} also renders the plain-English {@link Deadline#explanation()} of every started
 * deadline. It is informative only and has no target.
 *
 * <p>Target: at least 1,000,000 timelines a second for each process, on one core ({@code -t 1}).
 *
 * <p>Three forks by default: how the JIT compiles the engine varies from one JVM to the next, and the throughput of
 * {@link #appeal} with it (by up to a factor of two), so a single fork can mislead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class TimelineBenchmark {
    /** How many histories of each process are cycled through; a power of two. */
    public static final int HISTORIES = 1024;
    /** The seed of the histories' dates. */
    public static final long SEED = 20_260_502L;
    /** The date statuses are assessed on. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 1, 16);

    private static final int MASK = HISTORIES - 1;
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
    /** The latest event of a history is at most this many days after its first. */
    private static final int SPAN = 240;

    private DeadlineEngine engine;
    private ProcessHistory[] appeals;
    private ProcessHistory[] assessments;
    private int next;

    /** Builds the histories and checks that each starts the rules it should. */
    @Setup
    public void setUp() {
        engine = DeadlineEngine.create();
        SplittableRandom random = new SplittableRandom(SEED);
        appeals = new ProcessHistory[HISTORIES];
        assessments = new ProcessHistory[HISTORIES];
        for (int i = 0; i < HISTORIES; i++) {
            appeals[i] = appeal(random);
            assessments[i] = ehcNeedsAssessment(random);
        }
        Set<Rule> notStartedByThisOrder = EnumSet.of(Rule.ORDER_AMEND_PLAN, Rule.ORDER_NAME_SCHOOL);
        for (int i = 0; i < HISTORIES; i++) {
            check(engine.compute(appeals[i], AS_OF), notStartedByThisOrder);
            check(engine.compute(assessments[i], AS_OF), EnumSet.noneOf(Rule.class));
        }
        next = 0;
    }

    /** @return one appeal timeline */
    @Benchmark
    public Timeline appeal() {
        return engine.compute(appeals[next++ & MASK], AS_OF);
    }

    /** @return one EHC needs assessment timeline */
    @Benchmark
    public Timeline ehcNeedsAssessment() {
        return engine.compute(assessments[next++ & MASK], AS_OF);
    }

    /**
     * One appeal timeline with the explanation of every started deadline rendered. Informative only.
     *
     * @param bh consumes the timeline and each explanation
     */
    @Benchmark
    @Fork(1)
    public void appealWithExplanations(Blackhole bh) {
        Timeline timeline = engine.compute(appeals[next++ & MASK], AS_OF);
        for (Deadline deadline : timeline.deadlines()) {
            if (deadline.status() != DeadlineStatus.NOT_STARTED) {
                bh.consume(deadline.explanation());
            }
        }
        bh.consume(timeline);
    }

    static ProcessHistory appeal(SplittableRandom random) {
        LocalDate notice = start(random);
        LocalDate mediationWanted = notice.plusDays(random.nextInt(1, 41));
        LocalDate mediationConcluded = mediationWanted.plusDays(random.nextInt(10, 31));
        LocalDate certificate = mediationConcluded.plusDays(random.nextInt(0, 6));
        LocalDate order = certificate.plusDays(random.nextInt(100, 161));
        return ProcessHistory.of(ProcessType.APPEAL)
            .with(EventType.DECISION_NOTICE_SENT, notice)
            .with(EventType.CERTIFICATE_ISSUED, certificate)
            .with(EventType.ADVISER_TOLD_NO_MEDIATION, notice.plusDays(random.nextInt(1, 41)))
            .with(EventType.LA_TOLD_MEDIATION_WANTED, mediationWanted)
            .with(EventType.MEDIATION_CONCLUDED, mediationConcluded)
            .with(EventType.CONDUCT_DATE, notice.plusDays(random.nextInt(0, 31)))
            .with(EventType.TRIBUNAL_ORDER, order)
            .withOrderKind(OrderKind.MAKE_AND_MAINTAIN_PLAN)
            .with(EventType.TRIBUNAL_RECOMMENDATION, order)
            .with(EventType.GROUNDS_AROSE, notice.plusDays(random.nextInt(0, 31)));
    }

    static ProcessHistory ehcNeedsAssessment(SplittableRandom random) {
        LocalDate request = start(random);
        LocalDate draft = request.plusDays(random.nextInt(90, 141));
        return ProcessHistory.of(ProcessType.EHC_NEEDS_ASSESSMENT)
            .with(EventType.REQUEST_RECEIVED, request)
            .with(EventType.ADVICE_REQUESTED, request.plusDays(random.nextInt(42, 71)))
            .with(EventType.DRAFT_PLAN_SERVED, draft)
            .with(EventType.INSTITUTION_CONSULTED, draft.plusDays(random.nextInt(0, 16)));
    }

    /** @return a first event date such that every event of the history falls in 2015-2030 */
    private static LocalDate start(SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(FIRST.toEpochDay(), LAST.toEpochDay() - SPAN + 1));
    }

    private static void check(Timeline timeline, Set<Rule> expectedNotStarted) {
        int expectedStarted = Rule.of(timeline.process()).size() - expectedNotStarted.size();
        for (Deadline deadline : timeline.deadlines()) {
            boolean started = deadline.status() != DeadlineStatus.NOT_STARTED;
            if (started == expectedNotStarted.contains(deadline.rule())) {
                throw new IllegalStateException(deadline.rule() + " should " + (started ? "not " : "")
                    + "have started: " + timeline);
            }
        }
        if (timeline.started().size() != expectedStarted) {
            throw new IllegalStateException("expected " + expectedStarted + " started deadlines: " + timeline);
        }
    }
}
