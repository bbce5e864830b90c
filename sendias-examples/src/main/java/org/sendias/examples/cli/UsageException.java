package org.sendias.examples.cli;

/** The command line itself is wrong (an unknown command or option, a missing option value): usage is shown. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String usage;

    /**
     * @param message what is wrong with the command line
     * @param usage the usage text of the command concerned
     */
    UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    /** @return the usage text to show after the message */
    String usage() {
        return usage;
    }
}
