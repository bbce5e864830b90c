package org.sendias.dataprotection;

import java.util.EnumMap;
import java.util.Map;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * For each kind of record, how long it is kept and what happens when that time ends.
 *
 * <p>The {@linkplain #defaults() default} keeps a case until the later of six years after it was last closed and
 * six years after the young person's 25th birthday, then anonymises it. Six years is the limitation period for most
 * claims (Limitation Act 1980 s.2 and s.5), and for a claim by a child it runs only from their 18th birthday
 * (s.28); the support the service gives can run until the young person is 25 (Children and Families Act 2014
 * s.19 and s.83(2)). It is a starting point to agree with the service's data protection officer, not legal advice:
 * each service sets its own schedule with {@link #of(Map)} or {@link #with}.
 *
 * @param entries the rule and method for every kind of record
 */
public record RetentionSchedule(Map<RecordKind, Entry> entries) {

    /** The default number of years a case is kept after it was last closed. */
    public static final int DEFAULT_YEARS_AFTER_CLOSURE = 6;
    /** The default age of the young person that retention is counted from. */
    public static final int DEFAULT_AGE = 25;
    /** The default number of years a case is kept after the young person reaches {@link #DEFAULT_AGE}. */
    public static final int DEFAULT_YEARS_AFTER_AGE = 6;

    /**
     * How one kind of record is kept.
     *
     * @param rule how long
     * @param method what happens when retention ends
     */
    public record Entry(RetentionRule rule, DisposalMethod method) {
        /** Validates that both parts are present. */
        public Entry {
            Validation.required(rule, "rule");
            Validation.required(method, "method");
        }
    }

    /** Validates that every kind of record has an entry, and copies the entries. */
    public RetentionSchedule {
        if (entries == null) {
            throw new InvalidInputException("entries", "is required");
        }
        Map<RecordKind, Entry> copy = new EnumMap<>(RecordKind.class);
        for (Map.Entry<RecordKind, Entry> e : entries.entrySet()) {
            copy.put(Validation.required(e.getKey(), "entries.kind"),
                Validation.required(e.getValue(), "entries." + e.getKey()));
        }
        for (RecordKind kind : RecordKind.values()) {
            if (!copy.containsKey(kind)) {
                throw new InvalidInputException("entries." + kind, "is required: every kind of record needs a rule");
            }
        }
        entries = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return the default schedule described in the class comment */
    public static RetentionSchedule defaults() {
        return of(Map.of(RecordKind.CASE, new Entry(RetentionRule.latestOf(
            RetentionRule.yearsAfterClosure(DEFAULT_YEARS_AFTER_CLOSURE),
            RetentionRule.untilAge(DEFAULT_AGE, DEFAULT_YEARS_AFTER_AGE)), DisposalMethod.ANONYMISE)));
    }

    /**
     * @param entries the rule and method for every kind of record
     * @return the schedule
     */
    public static RetentionSchedule of(Map<RecordKind, Entry> entries) {
        return new RetentionSchedule(entries);
    }

    /**
     * @param kind a kind of record
     * @param rule how long it is kept
     * @param method what happens when that time ends
     * @return a copy of this schedule with that kind's entry replaced
     */
    public RetentionSchedule with(RecordKind kind, RetentionRule rule, DisposalMethod method) {
        Map<RecordKind, Entry> copy = new EnumMap<>(entries);
        copy.put(Validation.required(kind, "kind"), new Entry(rule, method));
        return new RetentionSchedule(copy);
    }

    /**
     * @param kind a kind of record
     * @return its entry
     */
    public Entry entry(RecordKind kind) {
        return entries.get(Validation.required(kind, "kind"));
    }
}
