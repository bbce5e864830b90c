package org.sendias.impartiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/** The record-advice-note command: its constructor and its Bean Validation constraints agree. */
class RecordAdviceNoteTest {
    private static final CaseId CASE = CaseId.parse("00000000-0000-0000-0000-0000000000aa");
    private static final UserId ADVISER = UserId.of("adviser-17");
    private static final List<OptionExplained> TWO = List.of(OptionExplained.of(Route.MEDIATION),
        OptionExplained.of(Route.TRIBUNAL_APPEAL));

    private static ValidatorFactory factory;
    private static ExecutableValidator validator;
    private static Constructor<RecordAdviceNote> canonical;

    @BeforeAll
    static void buildValidator() throws NoSuchMethodException {
        factory = BeanValidation.factory();
        validator = BeanValidation.executables(factory);
        canonical = BeanValidation.canonical(RecordAdviceNote.class);
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static List<OptionExplained> withNullOption() {
        List<OptionExplained> list = new ArrayList<>(TWO);
        list.add(null);
        return list;
    }

    static Stream<Arguments> data_singleFieldRules() {
        return Stream.of(
            Arguments.of("no case", new Object[] {null, ADVISER, TWO, Optional.empty()}, "caseId", 0),
            Arguments.of("no adviser", new Object[] {CASE, null, TWO, Optional.empty()}, "recordedBy", 1),
            Arguments.of("no options", new Object[] {CASE, ADVISER, null, Optional.empty()}, "options", 2),
            Arguments.of("empty options", new Object[] {CASE, ADVISER, List.of(), Optional.empty()}, "options", 2),
            Arguments.of("a missing option", new Object[] {CASE, ADVISER, withNullOption(), Optional.empty()},
                "options[2]", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_singleFieldRules")
    void theConstructorAndTheConstraintsRefuseTheSameInput(String name, Object[] args, String field, int parameter) {
        Set<ConstraintViolation<RecordAdviceNote>> violations =
            validator.validateConstructorParameters(canonical, args);
        assertFalse(violations.isEmpty(), "a constraint catches " + name);
        for (ConstraintViolation<RecordAdviceNote> v : violations) {
            assertEquals(parameter, parameterIndex(v.getPropertyPath()), v.toString());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new RecordAdviceNote((CaseId) args[0], (UserId) args[1], cast(args[2]), Optional.empty()));
        assertEquals(field, e.field());
    }

    @Test
    void validInputPassesBothTheConstraintsAndTheConstructor() {
        Object[] args = {CASE, ADVISER, TWO, Optional.empty()};
        assertEquals(Set.of(), validator.validateConstructorParameters(canonical, args));
        assertEquals(TWO, new RecordAdviceNote(CASE, ADVISER, TWO, null).options());
    }

    @Test
    void crossFieldRulesAreTheConstructorsAlone() {
        List<OptionExplained> twice = List.of(OptionExplained.of(Route.MEDIATION), OptionExplained.of(Route.MEDIATION));
        assertEquals("options[1].route", assertThrows(InvalidInputException.class,
            () -> new RecordAdviceNote(CASE, ADVISER, twice, Optional.empty())).field());
        Optional<FamilyChoice> elsewhere = Optional.of(FamilyChoice.of(Route.JUDICIAL_REVIEW, ChosenBy.PARENT,
            Instant.parse("2026-03-02T12:00:00Z")));
        assertEquals("choice.chosen", assertThrows(InvalidInputException.class,
            () -> new RecordAdviceNote(CASE, ADVISER, TWO, elsewhere)).field());
    }

    @Test
    void theHandlerSuppliesTheNotesIdAndTime() {
        Instant at = Instant.parse("2026-03-02T12:00:00Z");
        FamilyChoice choice = FamilyChoice.of(Route.MEDIATION, ChosenBy.PARENT, at);
        RecordAdviceNote command = new RecordAdviceNote(CASE, ADVISER, TWO, Optional.of(choice));
        AdviceNoteId id = AdviceNoteId.random();
        AdviceNote note = command.toNote(id, at);
        assertEquals(id, note.id());
        assertEquals(at, note.recordedAt());
        assertEquals(ADVISER, note.recordedBy());
        assertEquals(TWO, note.options());
        assertEquals(Optional.of(choice), note.choice());
    }

    @Test
    void toStringShowsNoSummaries() {
        RecordAdviceNote command = new RecordAdviceNote(CASE, ADVISER,
            List.of(OptionExplained.of(Route.MEDIATION, "Dad is worried about the cost")), Optional.empty());
        assertFalse(command.toString().contains("Dad"), command.toString());
        assertTrue(command.toString().contains("MEDIATION"));
    }

    @SuppressWarnings("unchecked")
    private static List<OptionExplained> cast(Object list) {
        return (List<OptionExplained>) list;
    }

    private static int parameterIndex(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        throw new AssertionError("no parameter in " + path);
    }
}
