package org.sendias;

import jakarta.validation.MessageInterpolator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Hibernate Validator for tests, with its parameter-only message interpolator (no expression language is on the
 * path). The tests run inside the {@code org.sendias.core} module, which neither reads Hibernate Validator's module
 * nor opens its packages; the package of the commands under test is opened to the validator at run time, for the
 * tests only, as an embedder on the module path would open it with {@code --add-opens}.
 */
public final class BeanValidationSupport {
    private BeanValidationSupport() {
    }

    /**
     * @param anchor a class in the package whose records are validated
     * @return a validator factory that can read that package's records
     */
    public static ValidatorFactory factoryFor(Class<?> anchor) {
        try {
            Class<?> type = Class.forName("org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator");
            MessageInterpolator interpolator = (MessageInterpolator) type.getConstructor().newInstance();
            anchor.getModule().addOpens(anchor.getPackageName(), type.getModule());
            return Validation.byDefaultProvider().configure().messageInterpolator(interpolator)
                .buildValidatorFactory();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Hibernate Validator is a test dependency", e);
        }
    }

    /**
     * Builds a copy of a command record with one component replaced, through its canonical constructor.
     *
     * @param command a valid command
     * @param component the component to replace
     * @param value its new value
     * @return the field the constructor names when it refuses the copy, or empty when it accepts it
     * @throws ReflectiveOperationException if the record cannot be read or built
     */
    public static Optional<String> constructorRefusal(Record command, String component, Object value)
            throws ReflectiveOperationException {
        RecordComponent[] components = command.getClass().getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(command);
        }
        Constructor<?> canonical = command.getClass().getDeclaredConstructor(types);
        try {
            canonical.newInstance(args);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(((InvalidInputException) e.getCause()).field());
        }
    }
}
