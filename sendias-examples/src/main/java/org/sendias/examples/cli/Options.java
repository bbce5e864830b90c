package org.sendias.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options: {@code --help} (or {@code -h}) and options of the form {@code --name value}. No positional
 * arguments are accepted, and an option may be given only once.
 */
final class Options {
    private final boolean help;
    private final Map<String, String> values;

    private Options(boolean help, Map<String, String> values) {
        this.help = help;
        this.values = values;
    }

    /**
     * @param args the arguments after the command name
     * @param valued the options that take a value, for example {@code --year}
     * @param usage the command's usage text, for errors
     * @return the parsed options
     * @throws UsageException for an unknown option, a missing value, a repeated option or a positional argument
     */
    static Options parse(List<String> args, Set<String> valued, String usage) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Options(true, Map.of());
            }
            if (!valued.contains(arg)) {
                throw new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg,
                    usage);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("option " + arg + " needs a value", usage);
            }
            if (values.put(arg, args.get(++i)) != null) {
                throw new UsageException("option " + arg + " is given more than once", usage);
            }
        }
        return new Options(false, Map.copyOf(values));
    }

    /** @return whether help was asked for */
    boolean help() {
        return help;
    }

    /**
     * @param name an option name, for example {@code --year}
     * @return its value, if given
     */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
