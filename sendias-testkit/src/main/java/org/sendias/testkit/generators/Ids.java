package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.ContactId;
import org.sendias.casework.NoteId;
import org.sendias.casework.ProcessId;
import org.sendias.conflicts.DeclarationId;
import org.sendias.conflicts.GiftId;
import org.sendias.consent.ConsentId;
import org.sendias.consent.DisclosureId;
import org.sendias.impartiality.AdviceNoteId;
import org.sendias.party.PartyId;

/**
 * Generators of identifiers: UUID-based ids, tenant ids and user ids.
 *
 * <p>The UUID-based ids ({@link #caseIds()}, {@link #partyIds()} ...) take all 128 bits from the random generator,
 * so they cover every version and variant and both signs of each half (which matters to a database that stores a
 * UUID as two signed integers); two of them are equal with negligible probability. The few fixed UUIDs worth testing
 * separately (nil, all ones) are in {@link #edgeCaseUuids()}, which repeats values by design.
 */
public final class Ids {

    private static final String TENANT_CHARACTERS =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    private Ids() {
    }

    /** @return UUIDs with all 128 bits random */
    public static Gen<UUID> uuids() {
        return r -> new UUID(r.nextLong(), r.nextLong());
    }

    /**
     * @return the nil UUID, the all-ones UUID, and UUIDs with only the sign bit of one half set or clear; values
     *     repeat, so do not use these where ids must be distinct
     */
    public static Gen<UUID> edgeCaseUuids() {
        return Gen.elements(new UUID(0, 0), new UUID(-1, -1), new UUID(Long.MIN_VALUE, 0), new UUID(0, Long.MIN_VALUE),
            new UUID(Long.MAX_VALUE, Long.MAX_VALUE), UUID.fromString("00000000-0000-4000-8000-000000000000"));
    }

    /** @return case ids, all 128 bits random */
    public static Gen<CaseId> caseIds() {
        return uuids().map(CaseId::new);
    }

    /** @return party ids, all 128 bits random */
    public static Gen<PartyId> partyIds() {
        return uuids().map(PartyId::new);
    }

    /** @return note ids, all 128 bits random */
    public static Gen<NoteId> noteIds() {
        return uuids().map(NoteId::new);
    }

    /** @return contact ids, all 128 bits random */
    public static Gen<ContactId> contactIds() {
        return uuids().map(ContactId::new);
    }

    /** @return tracked-process ids, all 128 bits random */
    public static Gen<ProcessId> processIds() {
        return uuids().map(ProcessId::new);
    }

    /** @return consent ids, all 128 bits random */
    public static Gen<ConsentId> consentIds() {
        return uuids().map(ConsentId::new);
    }

    /** @return safeguarding disclosure ids, all 128 bits random */
    public static Gen<DisclosureId> disclosureIds() {
        return uuids().map(DisclosureId::new);
    }

    /** @return advice note ids, all 128 bits random */
    public static Gen<AdviceNoteId> adviceNoteIds() {
        return uuids().map(AdviceNoteId::new);
    }

    /** @return declaration ids, all 128 bits random */
    public static Gen<DeclarationId> declarationIds() {
        return uuids().map(DeclarationId::new);
    }

    /** @return gifts register entry ids, all 128 bits random */
    public static Gen<GiftId> giftIds() {
        return uuids().map(GiftId::new);
    }

    /**
     * Tenant ids: 1 to 64 letters, digits, dots, hyphens and underscores. Favours ids of one and of 64 characters,
     * ids made only of punctuation ({@code .}, {@code -}, {@code _}, {@code ..}), ids that differ from another only
     * in case ({@code iass-camden} and {@code IASS-Camden} are two tenants, which a case-insensitive collation would
     * merge), and ids full of {@code _} and {@code .}, which are wildcards in SQL {@code LIKE} patterns and regular
     * expressions.
     *
     * @return the generator
     */
    public static Gen<TenantId> tenants() {
        Gen<String> random = r -> {
            int length = r.nextInt(1, 25);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(TENANT_CHARACTERS.charAt(r.nextInt(TENANT_CHARACTERS.length())));
            }
            return b.toString();
        };
        return Gen.<String>frequency(
            weighted(8, random),
            weighted(3, Gen.elements("iass-camden", "IASS-Camden", "IASS-CAMDEN", "sendiass.hackney", "kent_iass",
                "iass-camden-2")),
            weighted(1, Gen.elements(".", "-", "_", "..", "a", "Z", "0")),
            weighted(1, fixedLength(64, TENANT_CHARACTERS))).map(TenantId::new);
    }

    /**
     * User ids: 1 to 128 printable ASCII characters without spaces. Favours ordinary ids ({@code adviser-17}, email
     * addresses), ids of one and of 128 characters, and ids with quotes, semicolons, backslashes, {@code %} and
     * {@code _}, and a space-free SQL fragment.
     *
     * @return the generator
     */
    public static Gen<UserId> users() {
        Gen<String> printable = r -> {
            int length = r.nextInt(1, 33);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append((char) r.nextInt(0x21, 0x7F));
            }
            return b.toString();
        };
        return Gen.<String>frequency(
            weighted(6, Gen.ints(1, 999).map(n -> "adviser-" + n)),
            weighted(2, Gen.elements("j.smith@iass.example", "manager", "system:import", "DOMAIN\\jsmith",
                "o'brien", "user;1", "\"quoted\"", "100%", "a_b", "';DROP/**/TABLE/**/cases;--")),
            weighted(3, printable),
            weighted(1, Gen.elements("a", "~", "'")),
            weighted(1, fixedLength(128, null))).map(UserId::new);
    }

    /**
     * Members of staff: mostly {@code adviser-1} to {@code adviser-9}, so that one person often appears several
     * times (allocated to a case, then walled off from it; the author of several declarations), and sometimes any
     * user id from {@link #users()}.
     *
     * @return the generator
     */
    public static Gen<UserId> staff() {
        return Gen.<UserId>frequency(weighted(4, Gen.ints(1, 9).map(n -> new UserId("adviser-" + n))),
            weighted(1, users()));
    }

    /** A string of exactly {@code length} characters from {@code alphabet} (printable ASCII when null). */
    private static Gen<String> fixedLength(int length, String alphabet) {
        return r -> {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(alphabet == null ? (char) r.nextInt(0x21, 0x7F)
                    : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return b.toString();
        };
    }
}
