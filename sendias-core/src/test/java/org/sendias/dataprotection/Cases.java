package org.sendias.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** Cases for the data protection tests. The names are invented. */
final class Cases {
    static final TenantId TENANT = TenantId.of("iass-dp");
    static final UserId ADVISER = UserId.of("adviser-1");
    static final UserId DPO = UserId.of("dpo-1");

    private Cases() {
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** A self-referral opened on {@code openedOn} about a child born on {@code born}, with a parent. */
    static Case open(LocalDate born, LocalDate openedOn) {
        return Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(openedOn), Set.of(Domain.EDUCATION),
            HelpLevel.ADVICE, Party.child("Robin Example", born), List.of(Party.person(PartyRole.PARENT,
            "Jo Example")), ADVISER), noon(openedOn)).after();
    }

    /** The same case closed at noon on {@code closedOn}. */
    static Case closed(LocalDate born, LocalDate closedOn) {
        return close(open(born, closedOn.minusMonths(3)), closedOn);
    }

    static Case close(Case c, LocalDate on) {
        return c.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, ADVISER), noon(on)).after();
    }

    static Case hold(Case c, LocalDate on) {
        return c.placeLegalHold(new CaseCommand.PlaceLegalHold("litigation", Optional.empty(), DPO), noon(on))
            .after();
    }
}
