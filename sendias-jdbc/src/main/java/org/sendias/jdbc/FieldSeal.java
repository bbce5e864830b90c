package org.sendias.jdbc;

import java.util.Map;
import java.util.Set;
import org.sendias.casework.CaseSnapshot;
import org.sendias.casework.Correction;
import org.sendias.casework.LegalHold;
import org.sendias.casework.Note;
import org.sendias.consent.Recipient;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.encryption.FieldCipher;
import org.sendias.encryption.TenantKeys;
import org.sendias.impartiality.OptionExplained;
import org.sendias.party.Party;

/**
 * Which record components a store with field encryption writes encrypted, and one tenant's keys for writing and
 * reading them.
 *
 * <p>An encrypted component is stored in the JSON as {@code {"@enc": "enc:v1:<keyId>:..."}}: the JSON text of its
 * value, encrypted by {@link FieldCipher} for the field {@code <Record>.<component>} (simple class name), so that the
 * tenant and field are bound to it. An absent value ({@code null}, an empty {@code Optional}) is written as it is. A
 * seal also notes, for re-encryption, whether a value it read was under an older key or not encrypted at all.
 */
final class FieldSeal {
    /**
     * The encrypted components: names and dates of birth, every free text a case holds, the identifiers that would
     * name an organisation whose name is encrypted, and the equality monitoring answers (special category data).
     * Codes, ids, statuses, roles and dates of events stay readable, for the store's keys and indexes.
     */
    static final Map<Class<? extends Record>, Set<String>> COVERED = Map.of(
        Party.class, Set.of("name", "dateOfBirth", "identifier"),
        Note.class, Set.of("text"),
        OptionExplained.class, Set.of("summary"),
        Recipient.class, Set.of("name", "role", "identifier"),
        SafeguardingDisclosure.class, Set.of("reason", "whyNotTold"),
        ExceptionRecord.class, Set.of("note"),
        Correction.class, Set.of("previousValue"),
        LegalHold.class, Set.of("description"),
        CaseSnapshot.class, Set.of("equality"));

    private final FieldCipher cipher;
    private final TenantKeys keys;
    private boolean stale;

    FieldSeal(FieldCipher cipher, TenantKeys keys) {
        this.cipher = cipher;
        this.keys = keys;
    }

    /**
     * @param record a record class
     * @param component one of its components
     * @return whether a store with field encryption writes it encrypted
     */
    static boolean covers(Class<?> record, String component) {
        Set<String> components = COVERED.get(record);
        return components != null && components.contains(component);
    }

    /** @return the field name bound to a component's encrypted values */
    static String field(Class<?> record, String component) {
        return record.getSimpleName() + "." + component;
    }

    String seal(String field, String json) {
        return cipher.encrypt(keys, field, json);
    }

    String open(String field, String text) {
        String json = cipher.decrypt(keys, field, text);
        if (!FieldCipher.keyId(text).equals(keys.currentKeyId())) {
            stale = true;
        }
        return json;
    }

    /** Notes that a covered component was read unencrypted (written before encryption was turned on). */
    void plaintextRead() {
        stale = true;
    }

    /** @return whether anything read since the last call was under an older key or unencrypted; then forgets it */
    boolean takeStale() {
        boolean was = stale;
        stale = false;
        return was;
    }

    /** @return the id of the key values are written under */
    String currentKeyId() {
        return keys.currentKeyId();
    }
}
