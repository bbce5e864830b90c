package org.sendias.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * One entry of the audit trail as it is written: who did what, to which case and which thing in it, when, and why.
 * It holds ids and codes only, never case content: the action and the reason are codes (lower-case letters and
 * digits separated by dots or hyphens) and the subject an id (printable ASCII without spaces, like a {@link UserId}),
 * so a name or a note cannot be put into one by mistake.
 *
 * @param tenant the service
 * @param at when
 * @param actor who
 * @param action what, a code such as {@code case.read} or {@code case.note-added} (at most 100 characters)
 * @param caseId the case, if the action was on one
 * @param subject the id of the thing in the case acted on, if any: a note, a party, a disclosure (at most 100
 *     characters, for example {@code note:4f1c...})
 * @param reason why, a code such as {@code casework}, {@code safeguarding} or {@code retention-period-ended} (at most
 *     100 characters)
 */
public record AuditRecord(TenantId tenant, Instant at, UserId actor, String action, Optional<CaseId> caseId,
        Optional<String> subject, String reason) {
    /** The longest action, subject or reason. */
    public static final int MAX_CODE_LENGTH = 100;
    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7E]+");

    /** Validates the fields. */
    public AuditRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        action = Validation.code(action, "action", MAX_CODE_LENGTH);
        caseId = Objects.requireNonNullElse(caseId, Optional.empty());
        subject = Objects.requireNonNullElse(subject, Optional.<String>empty()).map(AuditRecord::subject);
        reason = Validation.code(reason, "reason", MAX_CODE_LENGTH);
    }

    /**
     * A record with no subject.
     *
     * @param tenant the service
     * @param at when
     * @param actor who
     * @param action what
     * @param caseId the case, if any
     * @param reason why
     */
    public AuditRecord(TenantId tenant, Instant at, UserId actor, String action, Optional<CaseId> caseId,
            String reason) {
        this(tenant, at, actor, action, caseId, Optional.empty(), reason);
    }

    private static String subject(String value) {
        if (value.length() > MAX_CODE_LENGTH) {
            throw new InvalidInputException("subject", "must be at most " + MAX_CODE_LENGTH + " characters");
        }
        if (!SUBJECT.matcher(value).matches()) {
            // the value is not repeated: a subject that fails this check may be text that should not be logged
            throw new InvalidInputException("subject", "must be an id of printable ASCII characters without spaces");
        }
        return value;
    }
}
