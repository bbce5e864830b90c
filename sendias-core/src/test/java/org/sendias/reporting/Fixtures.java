package org.sendias.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** Hand-built cases for the reporting tests. */
final class Fixtures {
    static final TenantId TENANT = TenantId.of("ealing-iass");
    static final UserId STAFF = UserId.of("adviser-1");

    private Fixtures() {
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Case.ZONE).toInstant();
    }

    /** A self-referral opened on the day it arrived, with the child and one parent. */
    static Case selfReferral(LocalDate received, Domain... domains) {
        return open(Arrival.selfReferral(received), received, domains);
    }

    static Case open(Arrival arrival, LocalDate openedOn, Domain... domains) {
        Set<Domain> ds = domains.length == 0 ? Set.of(Domain.EDUCATION) : Set.of(domains);
        return Case.open(new OpenCase(TENANT, CaseId.random(), arrival, ds, HelpLevel.ADVICE,
            Party.child("Child Name", LocalDate.of(2015, 5, 1)), List.of(Party.person(PartyRole.PARENT,
            "Parent Name")), STAFF), at(openedOn)).after();
    }
}
