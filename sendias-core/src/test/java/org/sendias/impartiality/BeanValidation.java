package org.sendias.impartiality;

import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;

/**
 * Hibernate Validator for tests, with its parameter-only message interpolator (no expression language is on the
 * path). The tests run inside the {@code org.sendias.core} module, which neither reads Hibernate Validator's module
 * nor opens its packages: the interpolator is created reflectively and used through the Jakarta interface, and this
 * package is opened to the validator at run time, for the tests only (the module descriptor opens nothing).
 */
final class BeanValidation {
    private BeanValidation() {
    }

    static ValidatorFactory factory() {
        return org.sendias.BeanValidationSupport.factoryFor(BeanValidation.class);
    }

    static <T> Constructor<T> canonical(Class<T> record) throws NoSuchMethodException {
        Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types);
    }

    static ExecutableValidator executables(ValidatorFactory factory) {
        return factory.getValidator().forExecutables();
    }
}
