package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.CaseId;
import org.sendias.BeanValidationSupport;
import org.sendias.InvalidInputException;

/**
 * The jakarta.validation constraints on command records agree with their constructors: a valid command has no
 * violations, and for every component the constructor refuses when null or blank, the validator reports the same
 * field.
 */
class CommandConstraintsTest {
    private static ValidatorFactory factory;
    private static Validator validator;
    private static final Fixtures F = Fixtures.family();

    @BeforeAll
    static void start() throws ClassNotFoundException {
        // On the module path the tests run inside org.sendias.core, which neither reads Hibernate Validator (only its
        // tests use it) nor opens its packages (the descriptor opens nothing). Bean Validation reads record fields
        // reflectively, so an embedder on the module path opens the command packages to their provider, as here.
        Module core = CommandConstraintsTest.class.getModule();
        Module hibernate = Class.forName("org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator")
            .getModule();
        core.addReads(hibernate);
        core.addOpens(CommandConstraintsTest.class.getPackageName(), hibernate);
        factory = buildFactory();
        validator = factory.getValidator();
    }

    private static ValidatorFactory buildFactory() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    }

    @AfterAll
    static void stop() {
        if (factory != null) {
            factory.close();
        }
    }

    static Stream<Record> validCommands() {
        return Stream.of(
            Fixtures.give(F.mum.id(), Fixtures.referToSchool(DataCategory.EDUCATION)),
            new GiveConsent(F.mum.id(), Fixtures.referToSchool(DataCategory.EDUCATION), "v3", ConsentMethod.VERBAL,
                Optional.of(LocalDate.of(2027, 1, 1)), Fixtures.ADVISER),
            new WithdrawConsent(ConsentId.random(), F.mum.id(), Fixtures.ADVISER),
            SharingRequest.to(CaseId.random(), Fixtures.SCHOOL, Purpose.MAKE_REFERRAL, Set.of(DataCategory.HEALTH),
                Instant.parse("2026-01-01T10:00:00Z")),
            SharingRequest.withinService(CaseId.random(), Purpose.EQUALITY_REPORTING,
                Set.of(DataCategory.EQUALITY_MONITORING), Instant.parse("2026-01-01T10:00:00Z")),
            new RecordDisclosure(F.child.id(), Fixtures.SCHOOL, Set.of(DataCategory.HEALTH), Article6Basis.PUBLIC_TASK,
                Optional.of(Article9Condition.HEALTH_OR_SOCIAL_CARE),
                Optional.of(Schedule1Condition.HEALTH_OR_SOCIAL_CARE),
                Fixtures.ADVISER, Fixtures.MANAGER, "risk of harm", false, Optional.of("would increase the risk")),
            new RecordDisclosure(F.child.id(), Fixtures.SCHOOL, Set.of(DataCategory.EDUCATION),
                Article6Basis.LEGAL_OBLIGATION, Optional.empty(), Optional.empty(), Fixtures.ADVISER, Fixtures.MANAGER,
                "court order", true, Optional.empty()));
    }



    @ParameterizedTest
    @MethodSource("validCommands")
    void aValidCommandHasNoViolations(Record command) {
        assertEquals(Set.of(), validator.validate(command));
    }

    static Stream<Arguments> componentsSetToNullOrBlank() {
        // An Optional component set to null means "absent", which only rules joining two components can refuse (a
        // recipient for a purpose that leaves the service, why the family was not told); those have their own tests.
        return validCommands().flatMap(cmd -> Arrays.stream(cmd.getClass().getRecordComponents())
            .filter(c -> !c.getType().isPrimitive() && c.getType() != Optional.class)
            .flatMap(c -> Stream.of(Arguments.of(cmd, c.getName(), null),
                c.getType() == String.class ? Arguments.of(cmd, c.getName(), " ") : null,
                c.getType() == Set.class ? Arguments.of(cmd, c.getName(), Set.of()) : null))
            .filter(a -> a != null));
    }

    @ParameterizedTest(name = "{0}.{1} = [{2}]")
    @MethodSource("componentsSetToNullOrBlank")
    void theValidatorReportsTheFieldTheConstructorNames(Record command, String component, Object value)
            throws Exception {
        Optional<String> constructorField = BeanValidationSupport.constructorRefusal(command, component, value);
        Set<String> reported = validator.validateValue(cast(command.getClass()), component, value).stream()
            .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        if (constructorField.isPresent()) {
            assertEquals(Set.of(constructorField.get()), reported, "the constructor refuses it, so must the validator");
        } else {
            assertEquals(Set.of(), reported, "the constructor accepts it, so must the validator");
        }
    }

    @Test
    void sizeLimitsAgreeToo() {
        String longest = "x".repeat(ConsentRecord.MAX_WORDING_VERSION_LENGTH);
        assertEquals(Set.of(), validator.validateValue(GiveConsent.class, "wordingVersion", longest));
        Set<ConstraintViolation<GiveConsent>> tooLong = validator.validateValue(GiveConsent.class, "wordingVersion",
            longest + "x");
        assertEquals(1, tooLong.size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GiveConsent(F.mum.id(),
            Fixtures.referToSchool(DataCategory.EDUCATION), longest + "x", ConsentMethod.VERBAL, Optional.empty(),
            Fixtures.ADVISER));
        assertEquals("wordingVersion", e.field());
        Set<ConstraintViolation<SharingRequest>> nullCategory = validator.validateValue(SharingRequest.class,
            "categories", new java.util.HashSet<>(java.util.Collections.singleton(null)));
        assertTrue(nullCategory.stream().allMatch(v -> v.getPropertyPath().toString().startsWith("categories")));
        assertEquals(1, nullCategory.size());
        for (String whyNot : List.of(" ", "\n\t", " x ", "y".repeat(2000), "y".repeat(2001))) {
            boolean refused = validator.validateValue(RecordDisclosure.class, "whyNotTold", Optional.of(whyNot))
                .stream().anyMatch(v -> v.getPropertyPath().toString().equals("whyNotTold"));
            boolean constructorRefuses;
            try {
                new RecordDisclosure(F.child.id(), Fixtures.SCHOOL, Set.of(DataCategory.EDUCATION),
                    Article6Basis.LEGAL_OBLIGATION, Optional.empty(), Optional.empty(), Fixtures.ADVISER,
                    Fixtures.MANAGER, "court order", false, Optional.of(whyNot));
                constructorRefuses = false;
            } catch (InvalidInputException refusal) {
                assertEquals("whyNotTold", refusal.field());
                constructorRefuses = true;
            }
            assertEquals(constructorRefuses, refused, "whyNotTold of length " + whyNot.length());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(Class<?> type) {
        return (Class<T>) type;
    }

    @Test
    void everyCommandIsCovered() {
        assertEquals(List.of("GiveConsent", "RecordDisclosure", "SharingRequest", "WithdrawConsent"),
            validCommands().map(c -> c.getClass().getSimpleName()).distinct().sorted().toList());
    }
}
