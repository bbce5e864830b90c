package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.conflicts.CheckedParty;
import org.sendias.conflicts.Declaration;
import org.sendias.conflicts.DeclarationId;
import org.sendias.conflicts.DeclaredOrganisation;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.Gift;
import org.sendias.conflicts.GiftDecision;
import org.sendias.conflicts.GiftId;
import org.sendias.conflicts.HostOrganisation;
import org.sendias.conflicts.OrganisationRole;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.conflicts.Relationship;
import org.sendias.conflicts.matching.OrganisationName;
import org.sendias.conflicts.matching.PersonName;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.PartyRole;

/**
 * Reads one check object of the {@code conflicts} command into a {@link CheckInput}. Errors name the field by its
 * path from the check (the caller prefixes {@code [i]} for an element of an array) and never quote a name.
 *
 * <p>What it reads ({@link Usage#CONFLICTS} gives the same with an example):
 * <ul>
 *   <li>{@code adviser} (required): the adviser's user id;</li>
 *   <li>{@code asOf}: the day the check applies to, by default today;</li>
 *   <li>{@code parties} (required, possibly empty): each with a {@code role} and either {@code person} (a name) for
 *       a {@link PartyRole} that is a person ({@code CHILD} is short for {@code CHILD_OR_YOUNG_PERSON}) or
 *       {@code organisation} for an {@link OrganisationKind} or {@code ORGANISATION}; roles ignore case;</li>
 *   <li>{@code declarations}: the adviser's declared interests. Each repeats the check's {@code adviser} (a
 *       declaration of another adviser is refused as a mistake) and has either {@code person} and a
 *       {@code relationship} (a word such as "sister", see {@link Relationships}, or a {@link Relationship} name)
 *       with an optional {@code description}, or {@code organisation} and a {@code role} (an
 *       {@link OrganisationRole} name, ignoring case), with {@code endedOn} for, and only for,
 *       {@code FORMER_EMPLOYEE}. Optional {@code from}, {@code until}, {@code declaredOn} and {@code note}:
 *       {@code declaredOn} defaults to {@code asOf}, and {@code from} to {@code asOf}, or to {@code until} when that is
 *       earlier. Only declarations in force on {@code asOf} are checked (a former employer counts for the default
 *       period after {@code endedOn});</li>
 *   <li>{@code gifts}: the adviser's gifts and hospitality register, each with {@code from} (the giver's name), an
 *       optional identifier, {@code value} (pounds, as a string such as "30.00" or a number), {@code decision}
 *       (ACCEPTED or DECLINED), {@code offeredOn} and an optional {@code what}. Only accepted gifts at or above the
 *       default threshold, offered within the default interest period up to {@code asOf}, are checked;</li>
 *   <li>{@code host}: the host organisation, {@code name} and {@code services} (organisations).</li>
 * </ul>
 * An organisation is {@code {"name": ..., "urn"|"ukprn"|"ods"|"laCode"|"charityNumber": ...}} with at most one
 * identifier, given as a string. The register settings are {@link RegisterSettings#defaults()}.
 */
final class CheckReader {
    /** The service every declaration and gift is recorded for: the check involves one adviser of one service. */
    static final TenantId TENANT = TenantId.of("cli");

    private static final RegisterSettings SETTINGS = RegisterSettings.defaults();
    private static final String DEFAULT_WHAT = "gift or hospitality";

    private static final List<String> FIELDS = List.of("adviser", "asOf", "parties", "declarations", "gifts", "host");
    private static final List<String> PARTY_FIELDS = List.of("role", "person", "organisation");
    private static final List<String> DECLARATION_FIELDS = List.of("adviser", "person", "relationship",
        "description", "organisation", "role", "endedOn", "from", "until", "declaredOn", "note");
    private static final Map<String, OrganisationIdentifier.Scheme> IDENTIFIERS = identifiers();
    private static final List<String> ORGANISATION_FIELDS = withIdentifiers(List.of("name"));
    private static final List<String> GIFT_FIELDS = withIdentifiers(List.of("from", "what", "value", "decision",
        "offeredOn"));
    private static final List<String> HOST_FIELDS = List.of("name", "services");

    private final LocalDate today;

    /** @param today the day a check applies to when it gives no {@code asOf} */
    CheckReader(LocalDate today) {
        this.today = today;
    }

    /**
     * @param node a check object
     * @return the check
     * @throws InvalidInputException naming the field at fault
     */
    CheckInput read(JsonNode node) {
        Fields fields = Fields.of(node, "", FIELDS);
        UserId adviser = user(fields.required("adviser"), fields.path("adviser"));
        LocalDate asOf = Optional.ofNullable(fields.optional("asOf"))
            .map(value -> Values.date(value, fields.path("asOf"), true)).orElse(today);

        List<CheckedParty> parties = new ArrayList<>();
        Map<String, JsonNode> partyNodes = new LinkedHashMap<>();
        List<JsonNode> partyList = Values.array(fields.required("parties"), fields.path("parties"));
        for (int i = 0; i < partyList.size(); i++) {
            CheckedParty party = party(partyList.get(i), Fields.element(fields.path("parties"), i));
            parties.add(party);
            partyNodes.put(party.ref(), partyList.get(i));
        }

        List<Declaration> declarations = new ArrayList<>();
        Map<DeclarationId, JsonNode> declarationNodes = new LinkedHashMap<>();
        List<JsonNode> declarationList = optionalArray(fields, "declarations");
        for (int i = 0; i < declarationList.size(); i++) {
            Declaration d = declaration(declarationList.get(i), Fields.element(fields.path("declarations"), i),
                adviser, asOf);
            if (d.isActiveOn(asOf, SETTINGS)) {
                declarations.add(d);
                declarationNodes.put(d.id(), declarationList.get(i));
            }
        }

        List<Gift> gifts = new ArrayList<>();
        Map<GiftId, JsonNode> giftNodes = new LinkedHashMap<>();
        List<JsonNode> giftList = optionalArray(fields, "gifts");
        LocalDate earliestGift = asOf.minus(SETTINGS.giftInterestPeriod());
        for (int i = 0; i < giftList.size(); i++) {
            Gift g = gift(giftList.get(i), Fields.element(fields.path("gifts"), i), adviser);
            if (g.decision() == GiftDecision.ACCEPTED && SETTINGS.atOrAboveGiftThreshold(g.value())
                    && !g.offeredOn().isBefore(earliestGift) && !g.offeredOn().isAfter(asOf)) {
                gifts.add(g);
                giftNodes.put(g.id(), giftList.get(i));
            }
        }

        Optional<HostOrganisation> host = Optional.ofNullable(fields.optional("host"))
            .map(value -> host(value, fields.path("host")));
        return new CheckInput(adviser, asOf, parties, partyNodes, declarations, declarationNodes, gifts, giftNodes,
            host);
    }

    private static CheckedParty party(JsonNode node, String path) {
        Fields fields = Fields.of(node, path, PARTY_FIELDS);
        String rolePath = fields.path("role");
        String roleText = Values.text(fields.required("role"), rolePath);
        String key = constantKey(roleText);
        PartyRole role;
        Optional<OrganisationKind> kind = Optional.empty();
        if (key.equals("CHILD")) {
            role = PartyRole.CHILD_OR_YOUNG_PERSON;
        } else if (Values.constantOrNull(PartyRole.class, key) != null) {
            role = PartyRole.valueOf(key);
        } else if (Values.constantOrNull(OrganisationKind.class, key) != null) {
            role = PartyRole.ORGANISATION;
            kind = Optional.of(OrganisationKind.valueOf(key));
        } else {
            throw new InvalidInputException(rolePath, "unknown role " + Values.quote(roleText) + "; expected a "
                + "person's role (PARENT, CARER, PROFESSIONAL, CHILD_OR_YOUNG_PERSON or CHILD) or an organisation's ("
                + Values.names(List.of(OrganisationKind.values())) + " or ORGANISATION)");
        }
        if (role.isPerson()) {
            if (fields.optional("organisation") != null) {
                throw new InvalidInputException(fields.path("organisation"), "is for an organisation party; role "
                    + role + " is a person's: give person");
            }
            String name = personName(fields.required("person"), fields.path("person"));
            return new CheckedParty(path, role, Optional.empty(), name, Optional.empty());
        }
        if (fields.optional("person") != null) {
            throw new InvalidInputException(fields.path("person"), "is for a person party; role " + key
                + " is an organisation's: give organisation");
        }
        Organisation organisation = organisation(fields.required("organisation"), fields.path("organisation"));
        return new CheckedParty(path, role, kind, organisation.name().original(),
            organisation.name().identifier());
    }

    private static Declaration declaration(JsonNode node, String path, UserId adviser, LocalDate asOf) {
        Fields fields = Fields.of(node, path, DECLARATION_FIELDS);
        UserId declaredFor = user(fields.required("adviser"), fields.path("adviser"));
        if (!declaredFor.equals(adviser)) {
            throw new InvalidInputException(fields.path("adviser"), "is " + Values.quote(declaredFor.value())
                + " but the check is for adviser " + Values.quote(adviser.value())
                + ": give only the checked adviser's declarations");
        }
        JsonNode person = fields.optional("person");
        JsonNode organisation = fields.optional("organisation");
        if (person != null && organisation != null) {
            throw new InvalidInputException(fields.path("organisation"),
                "give either person or organisation, not both: one declaration is one interest");
        }
        if (person == null && organisation == null) {
            throw new InvalidInputException(path, "needs either person (with relationship) or organisation "
                + "(with role)");
        }
        Declaration.Subject subject = person != null ? declaredPerson(fields, person)
            : declaredOrganisation(fields, organisation);

        Optional<LocalDate> until = optionalDate(fields, "until");
        LocalDate from = optionalDate(fields, "from")
            .orElse(until.filter(u -> u.isBefore(asOf)).orElse(asOf));
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new InvalidInputException(fields.path("until"), "must not be before from");
        }
        LocalDate declaredOn = optionalDate(fields, "declaredOn").orElse(asOf);
        Optional<String> note = optionalText(fields, "note");
        try {
            return new Declaration(DeclarationId.random(), TENANT, adviser, declaredOn, from, until, subject, note,
                adviser);
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }

    private static DeclaredPerson declaredPerson(Fields fields, JsonNode person) {
        refuse(fields, "role", "is for an organisation; a person takes relationship");
        refuse(fields, "endedOn", "is only for an organisation with role FORMER_EMPLOYEE");
        String name = personName(person, fields.path("person"));
        JsonNode relationshipNode = fields.optional("relationship");
        if (relationshipNode == null) {
            throw new InvalidInputException(fields.path("relationship"), "is required with person");
        }
        String relationshipText = Values.text(relationshipNode, fields.path("relationship"));
        Relationship relationship = Relationships.parse(relationshipText).orElseThrow(() ->
            new InvalidInputException(fields.path("relationship"), "unknown relationship "
                + Values.quote(relationshipText) + "; expected a word such as " + Relationships.EXAMPLES
                + ", or one of " + Values.names(List.of(Relationship.values()))));
        Optional<String> description = optionalText(fields, "description");
        try {
            return new DeclaredPerson(name, relationship, description);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(fields.path(e.field().equals("person.description") ? "description"
                : "person"), e.problem(), e);
        }
    }

    private static DeclaredOrganisation declaredOrganisation(Fields fields, JsonNode node) {
        refuse(fields, "relationship", "is for a person; an organisation takes role");
        refuse(fields, "description", "is for a person; use note to say more about an organisation");
        Organisation organisation = organisation(node, fields.path("organisation"));
        JsonNode roleNode = fields.optional("role");
        if (roleNode == null) {
            throw new InvalidInputException(fields.path("role"), "is required with organisation");
        }
        OrganisationRole role = constantIgnoringCase(OrganisationRole.class, roleNode, fields.path("role"), "role");
        Optional<LocalDate> endedOn = optionalDate(fields, "endedOn");
        if (role == OrganisationRole.FORMER_EMPLOYEE && endedOn.isEmpty()) {
            throw new InvalidInputException(fields.path("endedOn"), "is required for a FORMER_EMPLOYEE: the interest "
                + "lasts for " + SETTINGS.formerEmploymentPeriod().getYears() + " years after employment ended");
        }
        if (role != OrganisationRole.FORMER_EMPLOYEE && endedOn.isPresent()) {
            throw new InvalidInputException(fields.path("endedOn"), "is only for role FORMER_EMPLOYEE; give until "
                + "for when another interest ended");
        }
        return new DeclaredOrganisation(organisation.name().original(), organisation.name().identifier(),
            Optional.empty(), role, endedOn);
    }

    private static Gift gift(JsonNode node, String path, UserId adviser) {
        Fields fields = Fields.of(node, path, GIFT_FIELDS);
        String fromPath = fields.path("from");
        String from = Values.text(fields.required("from"), fromPath);
        Optional<OrganisationIdentifier> identifier = identifier(fields);
        // a giver is matched as an organisation, and also as a person when it has no identifier
        OrganisationName giver = organisationName(from, identifier, fromPath);
        if (identifier.isEmpty()) {
            personName(from, fromPath);
        }
        String what = optionalText(fields, "what").orElse(DEFAULT_WHAT);
        BigDecimal value = pounds(fields.required("value"), fields.path("value"));
        GiftDecision decision = constantIgnoringCase(GiftDecision.class, fields.required("decision"),
            fields.path("decision"), "decision");
        LocalDate offeredOn = Values.date(fields.required("offeredOn"), fields.path("offeredOn"), true);
        try {
            return new Gift(GiftId.random(), TENANT, adviser, giver.original(), identifier, what, value, offeredOn,
                decision, adviser, Optional.empty());
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }

    private static HostOrganisation host(JsonNode node, String path) {
        Fields fields = Fields.of(node, path, HOST_FIELDS);
        String name = Values.text(fields.required("name"), fields.path("name"));
        if (name.isBlank()) {
            throw new InvalidInputException(fields.path("name"), "is required");
        }
        List<JsonNode> list = Values.array(fields.required("services"), fields.path("services"));
        List<OrganisationName> services = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            services.add(organisation(list.get(i), Fields.element(fields.path("services"), i)).name());
        }
        return new HostOrganisation(name, services);
    }

    /** An organisation object: its name and at most one identifier. */
    private record Organisation(OrganisationName name) {
    }

    private static Organisation organisation(JsonNode node, String path) {
        Fields fields = Fields.of(node, path, ORGANISATION_FIELDS);
        String namePath = fields.path("name");
        String name = Values.text(fields.required("name"), namePath);
        return new Organisation(organisationName(name, identifier(fields), namePath));
    }

    /** @return the identifier given among the fields, if any; more than one is refused */
    private static Optional<OrganisationIdentifier> identifier(Fields fields) {
        Optional<OrganisationIdentifier> found = Optional.empty();
        for (Map.Entry<String, OrganisationIdentifier.Scheme> scheme : IDENTIFIERS.entrySet()) {
            JsonNode value = fields.optional(scheme.getKey());
            if (value == null) {
                continue;
            }
            String path = fields.path(scheme.getKey());
            if (found.isPresent()) {
                throw new InvalidInputException(path, "give at most one identifier ("
                    + String.join(", ", IDENTIFIERS.keySet()) + ")");
            }
            String text = Values.text(value, path);
            try {
                found = Optional.of(new OrganisationIdentifier(scheme.getValue(), text));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(path, e.problem() + ", got " + Values.quote(text), e);
            }
        }
        return found;
    }

    private static OrganisationName organisationName(String name, Optional<OrganisationIdentifier> identifier,
            String path) {
        try {
            return OrganisationName.parse(name, identifier);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path, e.problem(), e);
        }
    }

    private static String personName(JsonNode node, String path) {
        return personName(Values.text(node, path), path);
    }

    /** @return the name, once the matcher has accepted it */
    private static String personName(String name, String path) {
        try {
            return PersonName.parse(name).original();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path, e.problem(), e);
        }
    }

    private static UserId user(JsonNode node, String path) {
        String text = Values.text(node, path);
        try {
            return UserId.of(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path, e.problem(), e);
        }
    }

    /** An amount in pounds: a string such as {@code "30.00"} or a JSON number. */
    private static BigDecimal pounds(JsonNode node, String path) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        String text = Values.text(node, path);
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(path, "expected an amount in pounds such as \"30.00\", got "
                + Values.quote(text), e);
        }
    }

    private static <E extends Enum<E>> E constantIgnoringCase(Class<E> type, JsonNode node, String path,
            String what) {
        String text = Values.text(node, path);
        E found = Values.constantOrNull(type, constantKey(text));
        if (found == null) {
            throw new InvalidInputException(path, "unknown " + what + " " + Values.quote(text) + "; expected one of "
                + Values.names(List.of(type.getEnumConstants())) + " (in any case)");
        }
        return found;
    }

    /** @return the text in upper case, with runs of spaces and hyphens made one underscore */
    private static String constantKey(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static List<JsonNode> optionalArray(Fields fields, String name) {
        JsonNode value = fields.optional(name);
        return value == null ? List.of() : Values.array(value, fields.path(name));
    }

    private static Optional<LocalDate> optionalDate(Fields fields, String name) {
        return Optional.ofNullable(fields.optional(name)).map(value -> Values.date(value, fields.path(name), true));
    }

    private static Optional<String> optionalText(Fields fields, String name) {
        return Optional.ofNullable(fields.optional(name)).map(value -> Values.text(value, fields.path(name)));
    }

    private static void refuse(Fields fields, String name, String problem) {
        if (fields.optional(name) != null) {
            throw new InvalidInputException(fields.path(name), problem);
        }
    }

    private static Map<String, OrganisationIdentifier.Scheme> identifiers() {
        Map<String, OrganisationIdentifier.Scheme> schemes = new LinkedHashMap<>();
        schemes.put("urn", OrganisationIdentifier.Scheme.URN);
        schemes.put("ukprn", OrganisationIdentifier.Scheme.UKPRN);
        schemes.put("ods", OrganisationIdentifier.Scheme.ODS);
        schemes.put("laCode", OrganisationIdentifier.Scheme.LA_CODE);
        schemes.put("charityNumber", OrganisationIdentifier.Scheme.CHARITY_NUMBER);
        return schemes;
    }

    private static List<String> withIdentifiers(List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(identifiers().keySet());
        return List.copyOf(all);
    }
}
