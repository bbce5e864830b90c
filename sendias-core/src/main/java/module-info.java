/**
 * sendias core: the domain of SEND information, advice and support in England.
 *
 * <p>Exported packages are the public API: {@code org.sendias} (shared error type), {@code org.sendias.calendar}
 * (working-day calendars) and {@code org.sendias.deadline} (the statutory deadline engine). Everything under
 * {@code org.sendias.internal} is an implementation detail and is not exported.
 */
module org.sendias.core {
    requires com.fasterxml.jackson.core;
    requires static jakarta.validation;

    exports org.sendias;
    exports org.sendias.calendar;
    exports org.sendias.deadline;
    exports org.sendias.party;
}
