package org.sendias.subjectaccess;

import org.sendias.internal.Validation;
import org.sendias.party.PartyRole;

/**
 * The hook that decides what a subject access export releases about people other than the person asking (third
 * parties), and what it does with free text, which may mention anyone.
 *
 * <p>A redactor is two functions, each asked once per item while {@link SubjectAccess#export} runs:
 * {@link ThirdPartyRule} for every party of a matched case who is not the person asking, and {@link FreeTextRule}
 * for every free-text item released (notes, advice summaries, the reasons of safeguarding disclosures, notes on
 * statutory exceptions). Third parties are decided first, so a free-text rule can see what was decided for each
 * ({@link FreeText#decision}) and mask their names ({@link FreeText#maskedText()}).
 *
 * <p>What a third party's decision covers: the party's own record (name, date of birth, organisation) and references
 * to them from records the person asking may see (a consent they gave, a capacity record naming them as acting for
 * the young person, a date of birth recorded in a tracked process). The export never holds third parties' equality
 * monitoring answers, or consents and disclosures that neither concern nor were given by the person asking.
 *
 * <p>UK GDPR Article 15(4) and the Data Protection Act 2018 Schedule 2 paragraph 16 leave the decision about third
 * parties' information to the controller; a redactor records that decision as code, and the export marks what a
 * person should still review.
 *
 * @param thirdParties decides each third party
 * @param freeText decides each free-text item
 */
public record Redactor(ThirdPartyRule thirdParties, FreeTextRule freeText) {

    /** What to do with a third party or a free-text item. */
    public enum Action {
        /** Release it as held (or, for free text, as the decision's text). */
        INCLUDE,
        /** Release a label in its place. */
        REDACT,
        /** Leave it out. */
        DROP
    }

    /** Decides what the export does with one third party. */
    @FunctionalInterface
    public interface ThirdPartyRule {
        /**
         * @param party the third party and its case
         * @return the decision; never null
         */
        PartyDecision decide(ThirdParty party);
    }

    /** Decides what the export does with one free-text item. */
    @FunctionalInterface
    public interface FreeTextRule {
        /**
         * @param item the item, with the case's parties and the decisions made about them
         * @return the decision; never null
         */
        TextDecision decide(FreeText item);
    }

    /** Validates that both rules are present. */
    public Redactor {
        Validation.required(thirdParties, "thirdParties");
        Validation.required(freeText, "freeText");
    }

    /**
     * The usual starting point for a request:
     * <ul>
     *   <li>people (family members, professionals, and the child or young person when a parent asks) are redacted:
     *       their names and dates of birth are replaced by a role label such as {@code "parent (redacted)"}, while a
     *       professional's kind of organisation is kept;</li>
     *   <li>organisations (schools, the local authority, health bodies) are included with their names and
     *       identifiers: an organisation's name is not personal data;</li>
     *   <li>every free-text item is included with redacted people's names and dates of birth masked
     *       ({@link FreeText#maskedText()}) and flagged for review, since text can mention people in ways no
     *       substitution finds.</li>
     * </ul>
     *
     * @return the standard redactor
     */
    public static Redactor standard() {
        return new Redactor(
            party -> party.party().role() == PartyRole.ORGANISATION ? PartyDecision.include()
                : PartyDecision.redact(party.redactedLabel()),
            item -> TextDecision.release(item.maskedText(), true));
    }

    /**
     * Releases everything as held and flags nothing: for a request where the data protection officer has decided
     * that every third party's information may be released (each consented, say), or for checking what is held.
     *
     * @return the redactor that redacts nothing
     */
    public static Redactor none() {
        return new Redactor(party -> PartyDecision.include(), item -> TextDecision.include());
    }

    /**
     * @param rule the new rule for third parties
     * @return this redactor with that rule
     */
    public Redactor withThirdParties(ThirdPartyRule rule) {
        return new Redactor(rule, freeText);
    }

    /**
     * @param rule the new rule for free text
     * @return this redactor with that rule
     */
    public Redactor withFreeText(FreeTextRule rule) {
        return new Redactor(thirdParties, rule);
    }
}
