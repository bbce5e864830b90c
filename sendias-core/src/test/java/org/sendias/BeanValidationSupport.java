package org.sendias;

import jakarta.validation.MessageInterpolator;
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
}
