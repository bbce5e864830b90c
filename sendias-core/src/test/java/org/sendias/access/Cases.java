package org.sendias.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Clearance;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** Cases for the access tests, opened, allocated and walled off through the case's own commands. Names invented. */
final class Cases {
    static final TenantId HOME = TenantId.of("iass-home");
    static final TenantId AWAY = TenantId.of("iass-away");
    static final UserId OPENER = UserId.of("opener-0");
    static final String CHILD_NAME = "Robin Quayle-Example";
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private Cases() {
    }

    static Case open(TenantId tenant) {
        return Case.open(new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION), HelpLevel.ADVICE, Party.child(CHILD_NAME, LocalDate.of(2015, 1, 9)),
            List.of(Party.person(PartyRole.PARENT, "Jo Quayle-Example")), OPENER), T0).after();
    }

    static Case allocate(Case c, UserId adviser) {
        Clearance clear = new Clearance(adviser, c.version(), Clearance.Basis.CLEAR, Optional.empty());
        return c.allocate(new CaseCommand.AllocateAdviser(adviser, clear, OPENER), T0.plusSeconds(60)).after();
    }

    static Case wallOff(Case c, UserId adviser) {
        return c.wallOff(new CaseCommand.WallOff(adviser, OPENER), T0.plusSeconds(120)).after();
    }
}
