package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sendias.InvalidInputException;
import org.sendias.deadline.OrderKind;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.TransferKind;

/**
 * The {@code parameters} of a scenario. Every parameter is validated whatever the process, but each is applied only
 * to the process that uses it: the transfer to {@code ANNUAL_REVIEW}, the order kind to {@code APPEAL}, the service
 * targets to {@code SERVICE_LEVEL}.
 *
 * @param transferKind the phase transfer kind, or {@code null}
 * @param transferYear the phase transfer year, or {@code null}
 * @param orderKind the tribunal order kind, or {@code null}
 * @param acknowledgementWorkingDays the service's acknowledgement target, or {@code null} for the default
 * @param firstAppointmentWorkingDays the service's first-appointment target, or {@code null} for the default
 */
record Parameters(TransferKind transferKind, Integer transferYear, OrderKind orderKind,
        Integer acknowledgementWorkingDays, Integer firstAppointmentWorkingDays) {

    private static final String TRANSFER_KIND = "transferKind";
    private static final String TRANSFER_YEAR = "transferYear";
    private static final String ORDER_KIND = "orderKind";
    private static final String ACKNOWLEDGEMENT = "acknowledgementWorkingDays";
    private static final String FIRST_APPOINTMENT = "firstAppointmentWorkingDays";
    private static final List<String> FIELDS = List.of(TRANSFER_KIND, TRANSFER_YEAR, ORDER_KIND, ACKNOWLEDGEMENT,
        FIRST_APPOINTMENT);

    /** No parameters. */
    static final Parameters NONE = new Parameters(null, null, null, null, null);

    /**
     * @param node the {@code parameters} object
     * @param path its path
     * @return the parameters
     * @throws InvalidInputException naming the parameter at fault
     */
    static Parameters read(JsonNode node, String path) {
        Fields fields = Fields.of(node, path, FIELDS);
        TransferKind kind = constant(fields, TRANSFER_KIND, TransferKind.class, "transfer kind");
        Integer year = integer(fields, TRANSFER_YEAR);
        if (kind != null && year == null) {
            throw new InvalidInputException(fields.path(TRANSFER_YEAR), "is required with " + fields.path(TRANSFER_KIND));
        }
        if (year != null && kind == null) {
            throw new InvalidInputException(fields.path(TRANSFER_KIND), "is required with " + fields.path(TRANSFER_YEAR));
        }
        return new Parameters(kind, year, constant(fields, ORDER_KIND, OrderKind.class, "order kind"),
            integer(fields, ACKNOWLEDGEMENT), integer(fields, FIRST_APPOINTMENT));
    }

    /**
     * Validates the values with core's own checks, and applies those the history's process uses.
     *
     * @param history the history
     * @return the history with the parameters its process uses
     * @throws InvalidInputException if a value is out of range, under {@code parameters.<name>}
     */
    ProcessHistory applyTo(ProcessHistory history) {
        ProcessType process = history.process();
        ProcessHistory result = history;
        if (transferKind != null) {
            result = keepIf(process == ProcessType.ANNUAL_REVIEW, result,
                result.withTransfer(transferKind, transferYear));
        }
        if (orderKind != null) {
            result = keepIf(process == ProcessType.APPEAL, result, result.withOrderKind(orderKind));
        }
        if (acknowledgementWorkingDays != null || firstAppointmentWorkingDays != null) {
            result = keepIf(process == ProcessType.SERVICE_LEVEL, result, result.withServiceTargets(
                acknowledgementWorkingDays == null ? ProcessHistory.DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS
                    : acknowledgementWorkingDays,
                firstAppointmentWorkingDays == null ? ProcessHistory.DEFAULT_FIRST_APPOINTMENT_WORKING_DAYS
                    : firstAppointmentWorkingDays));
        }
        return result;
    }

    /** Core's {@code with} method has validated the value whatever the process; keep the change only if it is used. */
    private static ProcessHistory keepIf(boolean used, ProcessHistory unchanged, ProcessHistory changed) {
        return used ? changed : unchanged;
    }

    private static <E extends Enum<E>> E constant(Fields fields, String name, Class<E> type, String what) {
        JsonNode value = fields.optional(name);
        return value == null ? null : Values.constant(type, value, fields.path(name), what);
    }

    private static Integer integer(Fields fields, String name) {
        JsonNode value = fields.optional(name);
        return value == null ? null : Values.integer(value, fields.path(name));
    }
}
