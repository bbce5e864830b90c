package org.sendias.examples.cli;

import java.util.HashMap;
import java.util.HashSet;
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
    private final Set<String> flags;

    private Options(boolean help, Map<String, String> values, Set<String> flags) {
        this.help = help;
        this.values = values;
        this.flags = flags;
    }

    /**
     * @param args the arguments after the command name
     * @param valued the options that take a value, for example {@code --year}
     * @param usage the command's usage text, for errors
     * @return the parsed options
     * @throws UsageException for an unknown option, a missing value, a repeated option or a positional argument
     */
    static Options parse(List<String> args, Set<String> valued, String usage) throws UsageException {
        return parse(args, valued, Set.of(), usage);
    }

    /**
     * @param args the arguments after the command name
     * @param valued the options that take a value, for example {@code --year}
     * @param flagged the options that take no value, for example {@code --sample}
     * @param usage the command's usage text, for errors
     * @return the parsed options
     * @throws UsageException for an unknown option, a missing value, a repeated option or a positional argument
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> flagged, String usage)
        throws UsageException {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Options(true, Map.of(), Set.of());
            }
            if (flagged.contains(arg)) {
                if (!flags.add(arg)) {
                    throw new UsageException("option " + arg + " is given more than once", usage);
                }
                continue;
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
        return new Options(false, Map.copyOf(values), Set.copyOf(flags));
    }

    /** @return whether help was asked for */
    boolean help() {
        return help;
    }

    /**
     * @param name an option that takes no value, for example {@code --sample}
     * @return whether it was given
     */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /**
     * @param name an option name, for example {@code --year}
     * @return its value, if given
     */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
