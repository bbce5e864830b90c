package org.sendias.consent;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/** The legal and procedural rules every safeguarding disclosure meets, shared by the command and the record. */
final class DisclosureRules {
    static final int MAX_REASON_LENGTH = 2000;

    private DisclosureRules() {
    }

    static void check(Set<DataCategory> categories, Optional<Article9Condition> article9,
            Optional<Schedule1Condition> schedule1, UserId requestedBy, UserId approvedBy, boolean familyTold,
            Optional<String> whyNotTold) {
        EnumSet<DataCategory> special = EnumSet.noneOf(DataCategory.class);
        categories.stream().filter(DataCategory::isSpecialCategory).forEach(special::add);
        if (!special.isEmpty() && article9.isEmpty()) {
            throw new InvalidInputException("article9", "an Article 9 condition is required: "
                + ConsentScope.names(special) + (special.size() == 1 ? " is" : " are")
                + " special category data (UK GDPR Art 9(1))");
        }
        if (article9.isPresent() && article9.get().needsSchedule1Condition()) {
            Article9Condition a9 = article9.get();
            String section = a9 == Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST ? "s.10(3)" : "s.10(2)";
            if (schedule1.isEmpty()) {
                throw new InvalidInputException("schedule1", "a DPA 2018 Schedule 1 condition is required with "
                    + a9.citation() + " (DPA 2018 " + section + ")");
            }
            if (!schedule1.get().meets(a9)) {
                throw new InvalidInputException("schedule1", schedule1.get().citation() + " does not meet "
                    + a9.citation() + " (DPA 2018 " + section + ")");
            }
        } else if (schedule1.isPresent()) {
            throw new InvalidInputException("schedule1", article9.isEmpty()
                ? "is recorded only with an Article 9 condition that needs one"
                : article9.get().citation() + " needs no Schedule 1 condition");
        }
        if (requestedBy.equals(approvedBy)) {
            throw new InvalidInputException("approvedBy", "must be a different person from requestedBy");
        }
        if (!familyTold && whyNotTold.isEmpty()) {
            throw new InvalidInputException("whyNotTold", "is required when the family was not told");
        }
        if (familyTold && whyNotTold.isPresent()) {
            throw new InvalidInputException("whyNotTold", "must be absent when the family was told");
        }
    }
}
