package org.sendias.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** Cases and commands for tests. The names are invented. */
final class Fixtures {
    static final TenantId TENANT = TenantId.of("iass-test");
    static final UserId ADVISER = UserId.of("adviser-1");
    static final UserId MANAGER = UserId.of("manager-1");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private Fixtures() {
    }

    static Party child() {
        return Party.child("Sam Example", LocalDate.of(2014, 5, 20));
    }

    static Party parent() {
        return Party.person(PartyRole.PARENT, "Alex Example");
    }

    static OpenCase selfReferral(Party child, Party... others) {
        return new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION), HelpLevel.ADVICE, child, List.of(others), ADVISER);
    }

    static OpenCase schoolReferral(Party child, Party... others) {
        return new OpenCase(TENANT, CaseId.random(), Arrival.referredBy(OrganisationKind.SCHOOL,
            LocalDate.of(2026, 3, 2)), Set.of(Domain.EDUCATION), HelpLevel.ADVICE, child, List.of(others), ADVISER);
    }

    static Instant later(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
