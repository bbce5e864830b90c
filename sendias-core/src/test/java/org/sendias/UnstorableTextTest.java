package org.sendias;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Clearance;
import org.sendias.casework.Contact;
import org.sendias.casework.Note;
import org.sendias.casework.NoteId;
import org.sendias.conflicts.CheckedParty;
import org.sendias.conflicts.Declaration;
import org.sendias.conflicts.DeclarationId;
import org.sendias.conflicts.Declare;
import org.sendias.conflicts.DeclaredOrganisation;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.Gift;
import org.sendias.conflicts.GiftDecision;
import org.sendias.conflicts.GiftId;
import org.sendias.conflicts.HostOrganisation;
import org.sendias.conflicts.OrganisationRole;
import org.sendias.conflicts.RecordGift;
import org.sendias.conflicts.Relationship;
import org.sendias.conflicts.matching.IndexedRecord;
import org.sendias.conflicts.matching.NameMatcher;
import org.sendias.conflicts.matching.OrganisationName;
import org.sendias.conflicts.matching.PersonName;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.ConsentGiverRole;
import org.sendias.consent.ConsentId;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.DisclosureId;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.ExceptionReason;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.Rule;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.equality.ReportingConsent;
import org.sendias.impartiality.AdviceNote;
import org.sendias.impartiality.AdviceNoteId;
import org.sendias.impartiality.LegalBasis;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.impartiality.Route;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * Text that a store cannot keep (U+0000, which PostgreSQL refuses in text columns, and an unpaired surrogate, which
 * UTF-8 cannot encode) is refused wherever text enters the domain, naming the field and never quoting the text;
 * everything else that can be stored (emoji, right-to-left text, tabs, line breaks, other control characters) is
 * still accepted.
 */
class UnstorableTextTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static final UserId ADVISER = UserId.of("adviser-1");
    private static final UserId MANAGER = UserId.of("manager-2");
    private static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Party CHILD = Party.child("Sam Example", LocalDate.of(2014, 5, 20));
    private static final Party PARENT = Party.person(PartyRole.PARENT, "Alex Example");
    private static final Recipient SCHOOL = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary School");
    private static final ConsentScope SCOPE = ConsentScope.sharingWith(SCHOOL, Set.of(Purpose.CONTACT_ABOUT_CASE),
        Set.of(DataCategory.EDUCATION));
    private static final DeclaredPerson SISTER = DeclaredPerson.of("Jane Doe", Relationship.SIBLING);
    private static final NameMatcher MATCHER = NameMatcher.standard();

    /**
     * An entry point that takes free text.
     *
     * @param name what is built, for the test's name
     * @param field the field the refusal names
     * @param freeText whether any text that can be stored is accepted (a code such as a language is not free text,
     *     and is refused by its own form, with its own message)
     * @param build builds the value from the text
     */
    record EntryPoint(String name, String field, boolean freeText, Function<String, Object> build) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<EntryPoint> entryPoints() {
        return List.of(
            // casework
            free("AddNote.text", "text", t -> new CaseCommand.AddNote(t, Optional.empty(), ADVISER)),
            free("Note.text", "note.text", t -> new Note(NoteId.random(), AT, ADVISER, t, Optional.empty())),
            free("Clearance.Waiver.reason", "waiver.reason", t -> new Clearance.Waiver(MANAGER, t, AT)),
            coded("RecordContact.interpreter", "language", t -> new CaseCommand.RecordContact(
                Contact.Channel.PHONE, Duration.ofMinutes(20), false, Optional.of(Language.of(t)), Set.of(),
                ADVISER)),
            // parties
            free("Party.child", "party.name", t -> Party.child(t, LocalDate.of(2014, 5, 20))),
            free("Party.person", "party.name", t -> Party.person(PartyRole.PARENT, t)),
            free("Party.organisation", "party.name", t -> Party.organisation(OrganisationKind.SCHOOL, t, null)),
            // impartiality
            free("OptionExplained.summary", "option.summary", t -> OptionExplained.of(Route.INFORMAL_RESOLUTION, t)),
            free("LegalBasis.citation", "legalBasis.citation", LegalBasis::cite),
            free("AdviceNote option summary", "option.summary", t -> AdviceNote.of(AdviceNoteId.random(), AT,
                ADVISER, List.of(OptionExplained.of(Route.INFORMAL_RESOLUTION, t)))),
            free("RecordAdviceNote option summary", "option.summary", t -> new RecordAdviceNote(CaseId.random(),
                ADVISER, List.of(OptionExplained.of(Route.INFORMAL_RESOLUTION, t)), null)),
            // consent
            free("GiveConsent.wordingVersion", "wordingVersion", t -> new GiveConsent(PARENT.id(), SCOPE, t,
                ConsentMethod.WRITTEN, Optional.empty(), ADVISER)),
            free("ConsentRecord.wordingVersion", "wordingVersion", t -> new ConsentRecord(ConsentId.random(), TENANT,
                CaseId.random(), PARENT.id(), ConsentGiverRole.PARENT, CHILD.id(), SCOPE, t, ConsentMethod.VERBAL, AT,
                Optional.empty(), Optional.empty(), ADVISER)),
            free("Recipient.name", "recipient.name", t -> Recipient.of(OrganisationKind.SCHOOL, t)),
            free("Recipient.role", "recipient.role", t -> SCHOOL.withRole(t)),
            free("RecordDisclosure.reason", "reason", t -> disclosure(t, Optional.of("would increase the risk"))),
            free("RecordDisclosure.whyNotTold", "whyNotTold", t -> disclosure("risk of harm", Optional.of(t))),
            free("SafeguardingDisclosure.reason", "reason", t -> new SafeguardingDisclosure(DisclosureId.random(),
                TENANT, CaseId.random(), CHILD.id(), SCHOOL, Set.of(DataCategory.EDUCATION),
                Article6Basis.LEGAL_OBLIGATION, Optional.empty(), Optional.empty(), ADVISER, MANAGER, t, true,
                Optional.empty(), AT)),
            // conflicts registers
            free("DeclaredPerson.name", "person.name", t -> DeclaredPerson.of(t, Relationship.SIBLING)),
            free("DeclaredPerson.description", "person.description",
                t -> new DeclaredPerson("Jane Doe", Relationship.SIBLING, Optional.of(t))),
            free("DeclaredOrganisation.name", "organisation.name",
                t -> DeclaredOrganisation.of(t, null, OrganisationKind.SCHOOL, OrganisationRole.GOVERNOR)),
            free("Declare.note", "note", t -> new Declare(ADVISER, DAY, DAY, Optional.empty(), SISTER, Optional.of(t),
                ADVISER)),
            free("Declaration.note", "note", t -> new Declaration(DeclarationId.random(), TENANT, ADVISER, DAY, DAY,
                Optional.empty(), SISTER, Optional.of(t), ADVISER)),
            free("RecordGift.from", "from", t -> gift(t, "Box of chocolates", Optional.empty())),
            free("RecordGift.what", "what", t -> gift("Mrs Jane Doe", t, Optional.empty())),
            free("RecordGift.note", "note", t -> gift("Mrs Jane Doe", "Box of chocolates", Optional.of(t))),
            free("Gift.from", "from", t -> new Gift(GiftId.random(), TENANT, ADVISER, t, Optional.empty(),
                "Box of chocolates", new BigDecimal("20.00"), DAY, GiftDecision.DECLINED, ADVISER, Optional.empty())),
            free("CheckedParty.name", "party.name", t -> new CheckedParty("p1", PartyRole.PARENT, Optional.empty(), t,
                Optional.empty())),
            free("CheckedParty.ref", "party.ref", t -> new CheckedParty(t, PartyRole.PARENT, Optional.empty(),
                "Jane Doe", Optional.empty())),
            free("HostOrganisation.name", "host.name", t -> new HostOrganisation(t, List.of())),
            // name matching
            free("PersonName.parse", "name", PersonName::parse),
            free("OrganisationName.parse", "organisation.name", OrganisationName::parse),
            free("NameMatcher.matchPeople", "a.name", t -> MATCHER.matchPeople(t, "Jane Doe")),
            free("NameMatcher.matchOrganisations", "b.organisation.name",
                t -> MATCHER.matchOrganisations("Hill Primary School", t)),
            free("IndexedRecord.id", "record.id", t -> IndexedRecord.person(t, PersonName.parse("Jane Doe"))),
            // equality
            free("GenderAnswer.selfDescribed", "gender.selfDescription", GenderAnswer::selfDescribed),
            coded("ReportingConsent.wordingVersion", "reportingConsent.wordingVersion",
                t -> ReportingConsent.given(AT, PARENT.id(), t)),
            coded("Language.of", "language", Language::of),
            // deadlines
            free("ExceptionRecord note", "note", t -> exception().recordedBy("adviser-17", t)),
            free("ExceptionRecord recordedBy", "recordedBy", t -> exception().recordedBy(t, "the family's reasons")));
    }

    private static EntryPoint free(String name, String field, Function<String, Object> build) {
        return new EntryPoint(name, field, true, build);
    }

    private static EntryPoint coded(String name, String field, Function<String, Object> build) {
        return new EntryPoint(name, field, false, build);
    }

    private static RecordDisclosure disclosure(String reason, Optional<String> whyNotTold) {
        return new RecordDisclosure(CHILD.id(), SCHOOL, Set.of(DataCategory.EDUCATION), Article6Basis.LEGAL_OBLIGATION,
            Optional.empty(), Optional.empty(), ADVISER, MANAGER, reason, false, whyNotTold);
    }

    private static RecordGift gift(String from, String what, Optional<String> note) {
        return new RecordGift(ADVISER, from, Optional.empty(), what, new BigDecimal("20.00"), DAY,
            GiftDecision.DECLINED, ADVISER, note);
    }

    private static ExceptionRecord exception() {
        return ExceptionRecord.of(Rule.EHC_FINAL_PLAN, ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, DAY);
    }

    /** The text that cannot be stored, with the problem the shared check reports for it. */
    static Stream<Arguments> unstorable() {
        return Stream.of(
            Arguments.of("a\u0000b", "contains U+0000 (NUL), which cannot be stored"),
            Arguments.of("\uD800", "contains an unpaired surrogate at index 0, which is not valid Unicode"),
            Arguments.of("x\uDC00y", "contains an unpaired surrogate at index 1, which is not valid Unicode"),
            Arguments.of("abc\uD83D", "contains an unpaired surrogate at index 3, which is not valid Unicode"),
            Arguments.of("\uDE00abc", "contains an unpaired surrogate at index 0, which is not valid Unicode"));
    }

    static Stream<Arguments> data_unstorableText() {
        return entryPoints().stream().flatMap(entry -> unstorable().map(a -> Arguments.of(entry, a.get()[0],
            a.get()[1])));
    }

    @ParameterizedTest(name = "{0} refuses {index}")
    @MethodSource("data_unstorableText")
    void textThatCannotBeStored_isRefusedNamingTheFieldWithoutQuotingTheText(EntryPoint entry, String text,
            String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> entry.build().apply(text),
            entry.name());
        assertEquals(entry.field(), e.field(), entry.name());
        if (entry.freeText()) {
            assertEquals(problem, e.problem(), entry.name());
        }
        assertFalse(e.getMessage().contains(text), entry.name() + " quotes the text");
        assertFalse(e.getMessage().chars().anyMatch(c -> c == 0 || Character.isSurrogate((char) c)),
            entry.name() + " quotes part of the text");
    }

    static Stream<Arguments> data_storableText() {
        List<String> texts = List.of(
            "Zoë \uD83E\uDDD2\uD83C\uDFFD\uD83D\uDC69\u200D\uD83D\uDC67",
            "فاطمة الزهراء",
            "David דוד כהן",
            "first line\nsecond line",
            "Windows\r\nline",
            "name\tvalue",
            "bell\u0007 esc\u001B[31m del\u007F nel\u0085 ls\u2028 ps\u2029",
            "zero\u200Bwidth jo\u200Diner rlo\u202E bom\uFEFF nbsp\u00A0x");
        return entryPoints().stream().filter(EntryPoint::freeText)
            .flatMap(entry -> texts.stream().map(text -> Arguments.of(entry, text)));
    }

    @ParameterizedTest(name = "{0} accepts {index}")
    @MethodSource("data_storableText")
    void textThatCanBeStored_isStillAccepted(EntryPoint entry, String text) {
        assertDoesNotThrow(() -> entry.build().apply(text), entry.name());
    }

    @Test
    void validPairsRightToLeftTabsAndLineBreaks_areKeptAsGiven() {
        String text = "\uD83E\uDDD2\uD83C\uDFFD\uD83D\uDC69\u200D\uD83D\uDC67 فاطمة\tשרה\r\nend\u2028";
        assertEquals(text, new Note(NoteId.random(), AT, ADVISER, text, Optional.empty()).text());
        assertEquals(text, new CaseCommand.AddNote(text, Optional.empty(), ADVISER).text());
        assertEquals(text.strip(), Party.person(PartyRole.CARER, text).name());
        assertEquals("\uD83E\uDDD2\uD83C\uDFFD\uD83D\uDC69\u200D\uD83D\uDC67",
            OptionExplained.of(Route.INFORMAL_RESOLUTION, " \uD83E\uDDD2\uD83C\uDFFD\uD83D\uDC69\u200D\uD83D\uDC67 ")
                .summary().orElseThrow());
    }

    @Test
    void theIndexIsCountedInTheTextAsGiven_beforeSurroundingSpacesAreStripped() {
        assertEquals("contains an unpaired surrogate at index 2, which is not valid Unicode",
            assertThrows(InvalidInputException.class, () -> Party.person(PartyRole.PARENT, "  \uDC00 Doe")).problem());
        assertEquals("contains an unpaired surrogate at index 4, which is not valid Unicode",
            assertThrows(InvalidInputException.class, () -> PersonName.parse(" Jo \uD800")).problem());
    }

    @Test
    void blankAndTooLongAreReportedAsBefore() {
        assertEquals("is required", assertThrows(InvalidInputException.class,
            () -> new CaseCommand.AddNote(" \t\n", Optional.empty(), ADVISER)).problem());
        assertEquals("must be at most 20000 characters", assertThrows(InvalidInputException.class,
            () -> new Note(NoteId.random(), AT, ADVISER, "x".repeat(Note.MAX_LENGTH + 1), Optional.empty()))
                .problem());
    }
}
