package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.BeanValidationSupport;
import org.sendias.UserId;
import org.sendias.party.OrganisationIdentifier;

/**
 * The Bean Validation constraints on the registers' command records agree with their constructors: a valid command
 * has no violations, and for every value the constructor refuses, the validator reports the same field (and accepts
 * what the constructor accepts).
 */
class RegisterCommandConstraintsTest {
    private static final UserId ANNA = UserId.of("adviser-anna");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = BeanValidationSupport.factoryFor(RegisterCommandConstraintsTest.class);
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    static Stream<Record> validCommands() {
        return Stream.of(
            Declare.of(ANNA, DAY, DeclaredPerson.of("Jane Doe", Relationship.SIBLING)),
            new Declare(ANNA, DAY, DAY.minusYears(1), Optional.of(DAY.plusYears(1)),
                DeclaredOrganisation.formerEmployer("Ealing Council", null, null, DAY), Optional.of("a note"),
                UserId.of("manager-1")),
            RecordGift.of(ANNA, "Hill Primary School", "Lunch", new BigDecimal("25.00"), DAY, GiftDecision.ACCEPTED),
            new RecordGift(ANNA, "Hill Primary School", Optional.of(OrganisationIdentifier.urn("100001")), "Lunch",
                BigDecimal.ZERO, DAY, GiftDecision.DECLINED, UserId.of("manager-1"), Optional.of("declined politely")));
    }

    @ParameterizedTest
    @MethodSource("validCommands")
    void aValidCommandHasNoViolations(Record command) {
        assertEquals(Set.of(), validator.validate(command));
    }

    static Stream<Arguments> componentsSetToNullOrBlank() {
        // An Optional component set to null means "absent"; the constructors read it as empty.
        return validCommands().flatMap(cmd -> Arrays.stream(cmd.getClass().getRecordComponents())
            .filter(c -> c.getType() != Optional.class)
            .flatMap(c -> Stream.of(Arguments.of(cmd, c.getName(), null),
                c.getType() == String.class ? Arguments.of(cmd, c.getName(), " \t") : null))
            .filter(a -> a != null));
    }

    @ParameterizedTest(name = "{0}.{1} = [{2}]")
    @MethodSource("componentsSetToNullOrBlank")
    void theValidatorReportsTheFieldTheConstructorNames(Record command, String component, Object value)
            throws ReflectiveOperationException {
        assertAgreement(command, component, value);
    }

    static Stream<Arguments> data_edgeValues() {
        Record declare = validCommands().findFirst().orElseThrow();
        Record gift = validCommands().skip(2).findFirst().orElseThrow();
        return Stream.of(
            Arguments.of(declare, "note", Optional.of("n".repeat(2000))),
            Arguments.of(declare, "note", Optional.of("n".repeat(2001))),
            Arguments.of(declare, "note", Optional.of(" \n ")),
            Arguments.of(declare, "note", Optional.of(" x ")),
            Arguments.of(gift, "from", "f".repeat(200)),
            Arguments.of(gift, "from", "f".repeat(201)),
            Arguments.of(gift, "what", "w".repeat(500)),
            Arguments.of(gift, "what", "w".repeat(501)),
            Arguments.of(gift, "note", Optional.of("n".repeat(2001))),
            Arguments.of(gift, "note", Optional.of("")),
            Arguments.of(gift, "value", new BigDecimal("0.00")),
            Arguments.of(gift, "value", new BigDecimal("-0.01")),
            Arguments.of(gift, "value", new BigDecimal("24.99")),
            Arguments.of(gift, "value", new BigDecimal("24.999")),
            Arguments.of(gift, "value", new BigDecimal("25.000")),
            Arguments.of(gift, "value", new BigDecimal("1E+3")),
            Arguments.of(gift, "value", new BigDecimal("999999999.99")),
            Arguments.of(gift, "value", new BigDecimal("1000000000")));
    }

    @ParameterizedTest(name = "{0}.{1} = [{2}]")
    @MethodSource("data_edgeValues")
    void limitsAndDecimalsAgreeToo(Record command, String component, Object value)
            throws ReflectiveOperationException {
        assertAgreement(command, component, value);
    }

    @Test
    void everyCommandIsCovered() {
        assertEquals(List.of("Declare", "RecordGift"),
            validCommands().map(c -> c.getClass().getSimpleName()).distinct().sorted().toList());
    }

    private static void assertAgreement(Record command, String component, Object value)
            throws ReflectiveOperationException {
        Optional<String> constructorField = BeanValidationSupport.constructorRefusal(command, component, value);
        Set<String> reported = validator.validateValue(cast(command.getClass()), component, value).stream()
            .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
        if (constructorField.isPresent()) {
            assertEquals(Set.of(constructorField.get()), reported, "the constructor refuses it, so must the validator");
        } else {
            assertEquals(Set.of(), reported, "the constructor accepts it, so must the validator");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(Class<?> type) {
        return (Class<T>) type;
    }
}
