package org.sendias.spi;

/**
 * A register was saved against a version that is no longer the stored one: reload it and apply the change again.
 * Nothing of the unit of work was written.
 */
public final class StaleRegisterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message which register, and the versions */
    public StaleRegisterException(String message) {
        super(message);
    }
}
