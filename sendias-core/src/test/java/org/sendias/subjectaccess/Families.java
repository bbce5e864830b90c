package org.sendias.subjectaccess;

import java.time.Duration;
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
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.casework.ProcessId;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.Article9Condition;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.Schedule1Condition;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.impartiality.ChosenBy;
import org.sendias.impartiality.FamilyChoice;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.impartiality.Route;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/** Families and their cases for the subject access tests. The people are invented. */
final class Families {
    static final TenantId NORTH = TenantId.of("iass-north");
    static final TenantId SOUTH = TenantId.of("iass-south");
    static final UserId ADVISER = UserId.of("adviser-7");
    static final UserId MANAGER = UserId.of("manager-2");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant EXPORTED_AT = Instant.parse("2026-06-01T12:00:00Z");
    static final LocalDate ZOE_BORN = LocalDate.of(2012, 4, 9);
    static final LocalDate MARY_BORN = LocalDate.of(1985, 11, 23);

    /** The parties of the main family's case. */
    final Party zoe = Party.child("Zoe O'Brien", ZOE_BORN);
    final Party mary = new Party(PartyId.random(), PartyRole.PARENT, "Mary Kowalczyk", Optional.of(MARY_BORN),
        Optional.empty(), Optional.empty());
    final Party sean = Party.person(PartyRole.PARENT, "Sean O'Brien");
    final Party priya = new Party(PartyId.random(), PartyRole.PROFESSIONAL, "Priya Raman", Optional.empty(),
        Optional.of(OrganisationKind.SCHOOL), Optional.empty());
    final Party school = Party.organisation(OrganisationKind.SCHOOL, "Hillcrest Primary School",
        OrganisationIdentifier.urn("123456"));

    /** The same child, written with an accent and a curly apostrophe, in a second case. */
    final Party zoeAgain = Party.child("Zoë O\u2019Brien", ZOE_BORN);
    final Party grandad = Party.person(PartyRole.CARER, "Declan Fitzgerald");
    /** Someone with the same name but another date of birth. */
    final Party otherZoe = Party.child("Zoe O'Brien", LocalDate.of(2015, 1, 30));
    /** A family with nothing to do with Zoe. */
    final Party leo = Party.child("Leo Hartmann", LocalDate.of(2013, 7, 2));
    final Party anna = Party.person(PartyRole.PARENT, "Anna Hartmann");
    /** The same child known to another service. */
    final Party zoeSouth = Party.child("Zoe O'Brien", ZOE_BORN);

    final Case main;
    final Case second;
    final Case sameNameOtherBirthday;
    final Case unrelated;
    final Case otherTenant;
    final ProcessId ageProcess = ProcessId.random();

    Families() {
        main = mainCase();
        second = history(openLater(zoeAgain, grandad), c -> c.addNote(new CaseCommand.AddNote(
            "Declan Fitzgerald phoned about transport for Zoë.", Optional.empty(), ADVISER), T0.plusSeconds(90_000)));
        sameNameOtherBirthday = history(open(NORTH, otherZoe), c -> c.addNote(new CaseCommand.AddNote(
            "A different child entirely.", Optional.empty(), ADVISER), T0.plusSeconds(700)));
        unrelated = history(open(NORTH, leo, anna), c -> c.addNote(new CaseCommand.AddNote(
            "Anna Hartmann asked about Leo's annual review.", Optional.empty(), ADVISER), T0.plusSeconds(800)));
        otherTenant = history(open(SOUTH, zoeSouth), c -> c.addNote(new CaseCommand.AddNote(
            "Held by another service.", Optional.empty(), ADVISER), T0.plusSeconds(900)));
    }

    private CaseChange open(TenantId tenant, Party child, Party... others) {
        return Case.open(new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION, Domain.HEALTH), HelpLevel.CASEWORK_AND_SUPPORT, child, List.of(others), ADVISER), T0);
    }

    /** Opens a case a day after the main one, so the export lists it second. */
    private CaseChange openLater(Party child, Party... others) {
        return Case.open(new OpenCase(NORTH, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 3)),
            Set.of(Domain.EDUCATION), HelpLevel.ADVICE, child, List.of(others), ADVISER), T0.plusSeconds(86_400));
    }

    private final java.util.Map<CaseId, List<CaseChange>> histories = new java.util.LinkedHashMap<>();

    private Case history(CaseChange opened, java.util.function.Function<Case, CaseChange> step) {
        CaseChange next = step.apply(opened.after());
        histories.put(opened.after().id(), List.of(opened, next));
        return next.after();
    }

    private Case mainCase() {
        java.util.List<CaseChange> changes = new java.util.ArrayList<>();
        CaseChange c = open(NORTH, zoe, mary, sean, priya, school);
        changes.add(c);
        int[] minute = {1};
        java.util.function.Function<java.util.function.Function<Case, CaseChange>, Case> apply = f -> {
            CaseChange next = f.apply(changes.get(changes.size() - 1).after());
            changes.add(next);
            return next.after();
        };
        apply.apply(k -> k.recordContact(new CaseCommand.RecordContact(Contact.Channel.FACE_TO_FACE,
            Duration.ofMinutes(45), false, Optional.of(Language.of("pl")), Set.of(), ADVISER), at(minute[0]++)));
        apply.apply(k -> k.addNote(new CaseCommand.AddNote("Met Zoe with Mary Kowalczyk; Priya Raman (SENCO) "
            + "joined. Mary's date of birth 23/11/1985 confirmed for ID.", Optional.empty(), ADVISER),
            at(minute[0]++)));
        Case afterNote = changes.get(changes.size() - 1).after();
        apply.apply(k -> k.addNote(new CaseCommand.AddNote("Correction: Sean O'Brien joined too; Zoe wants "
            + "mediation first.", Optional.of(afterNote.notes().get(0).id()), ADVISER), at(minute[0]++)));
        apply.apply(k -> k.recordAdviceNote(new RecordAdviceNote(k.id(), ADVISER, List.of(
            OptionExplained.of(Route.INFORMAL_RESOLUTION, "Zoe and Mary Kowalczyk to meet Priya Raman first"),
            OptionExplained.of(Route.SCHOOL_COMPLAINT)), Optional.of(FamilyChoice.of(Route.INFORMAL_RESOLUTION,
                ChosenBy.BOTH, at(minute[0])))), at(minute[0]++)));
        apply.apply(k -> k.giveConsent(new GiveConsent(mary.id(), ConsentScope.sharingWith(
            Recipient.of(OrganisationKind.SCHOOL, "Hillcrest Primary School", OrganisationIdentifier.urn("123456")),
            Set.of(Purpose.CONTACT_ABOUT_CASE), Set.of(DataCategory.EDUCATION)), "consent-v2", ConsentMethod.WRITTEN,
            Optional.empty(), ADVISER), at(minute[0]++)));
        apply.apply(k -> k.recordDisclosure(new RecordDisclosure(zoe.id(), Recipient.of(
            OrganisationKind.LOCAL_AUTHORITY, "Northshire Children's Social Care"), Set.of(DataCategory.HEALTH),
            Article6Basis.PUBLIC_TASK, Optional.of(Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST),
            Optional.of(Schedule1Condition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK), ADVISER, MANAGER,
            "Concern reported by Priya Raman about an injury.", false,
            Optional.of("Telling Sean O'Brien could put Zoe at risk.")), at(minute[0]++)));
        apply.apply(k -> k.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(zoe.id(),
            EqualityMonitoring.NONE.withEthnicity(Ethnicity.WHITE_IRISH).withDisability(DisabilityStatus.DISABLED)
                .withGender(GenderAnswer.selfDescribed("zoes-own-words")), ADVISER), at(minute[0]++)));
        apply.apply(k -> k.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(mary.id(),
            EqualityMonitoring.NONE.withGender(GenderAnswer.selfDescribed("marys-own-words")), ADVISER),
            at(minute[0]++)));
        apply.apply(k -> k.trackProcess(new CaseCommand.TrackProcess(ProcessType.AGE, ageProcess, ADVISER),
            at(minute[0]++)));
        apply.apply(k -> k.recordKeyDate(new CaseCommand.RecordKeyDate(EventType.REFERRAL_ACKNOWLEDGED,
            LocalDate.of(2026, 3, 3), ADVISER), at(minute[0]++)));
        histories.put(c.after().id(), List.copyOf(changes));
        return changes.get(changes.size() - 1).after();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** @return every change of every case, for a store to save */
    List<CaseChange> allChanges() {
        return histories.values().stream().flatMap(List::stream).toList();
    }

    /** @return a store holding every case */
    InMemoryStore store() {
        InMemoryStore store = new InMemoryStore();
        for (CaseChange change : allChanges()) {
            store.inTransaction(change.after().tenant(), uow -> {
                uow.save(change);
                return null;
            });
        }
        return store;
    }

    /**
     * @param store a store
     * @param tenant a tenant
     * @param query the query
     * @param redactor the redactor
     * @return the export
     */
    static SubjectAccessExport export(org.sendias.spi.Store store, TenantId tenant, SubjectQuery query,
            Redactor redactor) {
        return store.inTransaction(tenant, uow -> SubjectAccess.export(uow, query, redactor, EXPORTED_AT));
    }
}
