package org.sendias.access;

/**
 * What a person does for, or around, the service. The first four roles are the service's own team
 * ({@link #serviceTeam()}); the last two belong to the bodies the service works at arm's length from, and no
 * {@link AccessPolicy} can give them case content or any other personal data.
 *
 * <p>The defaults below are those of {@link AccessPolicy#standard()}; a service can change them with
 * {@link AccessPolicy#builder()}, except that the two roles outside the team stay limited to operations without
 * personal data.
 */
public enum Role {
    /**
     * An adviser or caseworker. By default: reads and changes the cases allocated to them, opens cases, decides
     * sharing and records safeguarding disclosures on them, and reads aggregated reports. Does not allocate, waive
     * conflicts or wall anyone off.
     */
    ADVISER(true),
    /**
     * The service's manager or supervisor. By default: all case work on every case of the service (not limited to
     * allocated cases), allocation, conflict waivers and ethical walls, quality samples, the conflict registers, the
     * audit trail (reading and verifying), legal holds and aggregated reports.
     */
    SERVICE_MANAGER(true),
    /**
     * The service's own system administrator. By default: the conflict registers, key rotation, verifying the audit
     * trail and aggregated reports; never case content.
     */
    SERVICE_ADMINISTRATOR(true),
    /**
     * The service's data protection officer. By default: reads cases, answers subject access requests, rectifies
     * records, decides erasure requests, plans and runs disposal at the end of retention, places and releases legal
     * holds, reads and verifies the audit trail and reads aggregated reports.
     */
    DATA_PROTECTION_OFFICER(true),
    /**
     * An officer of the local authority or of a health commissioner, who funds or commissions the service. Aggregated,
     * de-identified reports only, under every policy.
     */
    COMMISSIONER(false),
    /**
     * An administrator of the organisation that hosts the service (a charity or the local authority itself, for
     * example), who may run its computers but not see its records. Aggregated, de-identified reports only, under
     * every policy.
     */
    HOST_ADMINISTRATOR(false);

    private final boolean serviceTeam;

    Role(boolean serviceTeam) {
        this.serviceTeam = serviceTeam;
    }

    /**
     * @return true for the service's own team ({@link #ADVISER}, {@link #SERVICE_MANAGER},
     *     {@link #SERVICE_ADMINISTRATOR}, {@link #DATA_PROTECTION_OFFICER}); false for {@link #COMMISSIONER} and
     *     {@link #HOST_ADMINISTRATOR}
     */
    public boolean serviceTeam() {
        return serviceTeam;
    }
}
