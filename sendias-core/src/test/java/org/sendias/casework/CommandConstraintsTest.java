package org.sendias.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.BeanValidationSupport;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.EqualityMonitoring;

/**
 * The constraint annotations on casework commands agree with their constructors: a valid command has no violations,
 * and for each required component, null makes the constructor name that field and the validator flag it too.
 */
class CommandConstraintsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = BeanValidationSupport.factoryFor(CommandConstraintsTest.class);
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    static Stream<Record> validCommands() {
        UserId by = Fixtures.ADVISER;
        return Stream.of(
            Fixtures.selfReferral(Fixtures.child(), Fixtures.parent()),
            new CaseCommand.AddParty(Fixtures.parent(), by),
            new CaseCommand.ChangeScope(Set.of(Domain.HEALTH), HelpLevel.CASEWORK_AND_SUPPORT, by),
            new CaseCommand.AllocateAdviser(UserId.of("adviser-2"), new Clearance(UserId.of("adviser-2"), 1,
                Clearance.Basis.CLEAR, Optional.empty()), by),
            new CaseCommand.WallOff(UserId.of("adviser-3"), by),
            new CaseCommand.RecordContact(Contact.Channel.VIDEO, Duration.ofMinutes(30), false, Optional.empty(),
                Set.of(), by),
            new CaseCommand.AddNote("Spoke to the family.", Optional.empty(), by),
            new CaseCommand.ChangeStatus(CaseStatus.CLOSED, by),
            new CaseCommand.ReleaseReferral(by),
            new CaseCommand.RecordEqualityMonitoring(Fixtures.parent().id(), EqualityMonitoring.NONE, by),
            new CaseCommand.TrackProcess(ProcessType.APPEAL, ProcessId.random(), by),
            new CaseCommand.SetProcessParameters(ProcessId.random(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), by),
            new CaseCommand.RecordProcessEvent(ProcessId.random(), EventType.DECISION_NOTICE_SENT,
                LocalDate.of(2026, 6, 15), by),
            new CaseCommand.RecordKeyDate(EventType.REFERRAL_ACKNOWLEDGED, LocalDate.of(2026, 3, 3), by),
            new CaseCommand.PlaceLegalHold("tribunal-appeal", Optional.of("Appeal lodged"), by),
            new CaseCommand.ReleaseLegalHold(LegalHoldId.random(), by),
            CaseCommand.CorrectParty.name(Fixtures.parent().id(), "Alex Corrected", "typing-error", by),
            CaseCommand.CorrectParty.dateOfBirth(Fixtures.child().id(), LocalDate.of(2014, 5, 21), "verified-document",
                by));
    }

    @ParameterizedTest
    @MethodSource("validCommands")
    void aValidCommandHasNoViolations(Record command) {
        assertEquals(Set.of(), validator.validate(command));
    }

    @ParameterizedTest
    @MethodSource("validCommands")
    void aNullComponentIsRefusedByTheConstructorAndFlaggedByTheValidator(Record command) throws Exception {
        RecordComponent[] components = command.getClass().getRecordComponents();
        Constructor<?> canonical = command.getClass().getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive() || components[i].getType() == Optional.class
                    || !components[i].isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                    && !components[i].isAnnotationPresent(jakarta.validation.constraints.NotEmpty.class)
                    && !components[i].isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)) {
                continue;
            }
            Object[] args = new Object[components.length];
            for (int j = 0; j < components.length; j++) {
                args[j] = components[j].getAccessor().invoke(command);
            }
            args[i] = null;
            String name = components[i].getName();
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> canonical.newInstance(args), command.getClass().getSimpleName() + "." + name);
            assertTrue(thrown.getCause() instanceof InvalidInputException, thrown.getCause().toString());
            assertEquals(name, ((InvalidInputException) thrown.getCause()).field());

            // the validator names a constructor parameter by its name, or by its position without -parameters
            String position = "arg" + i;
            Set<String> flagged = validator.forExecutables().validateConstructorParameters(canonical, args).stream()
                .map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .map(p -> p.substring(p.lastIndexOf('.') + 1))
                .collect(Collectors.toSet());
            assertTrue(flagged.contains(name) || flagged.contains(position),
                command.getClass().getSimpleName() + "." + name + " flagged as " + flagged);
        }
    }
}
