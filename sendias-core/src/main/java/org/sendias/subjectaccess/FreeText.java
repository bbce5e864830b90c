package org.sendias.subjectaccess;

import java.util.List;
import java.util.Map;
import org.sendias.CaseId;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/**
 * One free-text item of a case, as the {@link Redactor} sees it: text a member of staff wrote, which may mention
 * anyone. Built by {@link SubjectAccess}; a redactor reads it and returns a {@link TextDecision}.
 *
 * <p>{@link #toString()} shows the kind and ids, never the text.
 */
public final class FreeText {

    /** The kinds of free text a case holds. */
    public enum Kind {
        /** A case note (corrections are notes too). The item id is the note's id. */
        NOTE,
        /** The summary of one option in an advice note. The item id is the advice note's id, "/" and the route. */
        ADVICE_SUMMARY,
        /** Why a safeguarding disclosure was made. The item id is the disclosure's id. */
        DISCLOSURE_REASON,
        /** Why the family was not told of a safeguarding disclosure. The item id is the disclosure's id. */
        DISCLOSURE_WHY_NOT_TOLD,
        /**
         * The note on a statutory exception to a tracked process's time limit. The item id is the process id,
         * "/" and the exception's position from 0.
         */
        PROCESS_EXCEPTION_NOTE
    }

    private final CaseId caseId;
    private final Kind kind;
    private final String itemId;
    private final String text;
    private final List<Party> subjects;
    private final List<ThirdParty> thirdParties;
    private final Map<PartyId, PartyDecision> decisions;

    FreeText(CaseId caseId, Kind kind, String itemId, String text, List<Party> subjects,
            List<ThirdParty> thirdParties, Map<PartyId, PartyDecision> decisions) {
        this.caseId = caseId;
        this.kind = kind;
        this.itemId = itemId;
        this.text = text;
        this.subjects = subjects;
        this.thirdParties = thirdParties;
        this.decisions = decisions;
    }

    /** @return the case */
    public CaseId caseId() {
        return caseId;
    }

    /** @return what kind of item this is */
    public Kind kind() {
        return kind;
    }

    /** @return the item's id within the case (see {@link Kind} for its form) */
    public String itemId() {
        return itemId;
    }

    /** @return the text as held */
    public String text() {
        return text;
    }

    /** @return the parties of the case that are the person asking */
    public List<Party> subjects() {
        return subjects;
    }

    /** @return the case's other parties, in the case's party order */
    public List<ThirdParty> thirdParties() {
        return thirdParties;
    }

    /**
     * @param party one of {@link #thirdParties()}
     * @return what the export does with that party
     * @throws IllegalArgumentException if it is not one of them
     */
    public PartyDecision decision(ThirdParty party) {
        PartyDecision d = decisions.get(party.party().id());
        if (d == null || !party.caseId().equals(caseId)) {
            throw new IllegalArgumentException("party " + party.party().id() + " is not a third party of case "
                + caseId);
        }
        return d;
    }

    /**
     * The text with the names of the third parties the export redacts or drops masked: each word of such a party's
     * name (compared without case, accents or apostrophes, a possessive "'s" set aside) becomes the party's label (a
     * dropped party's is {@code "third party (withheld)"}; a word two masked parties share becomes
     * {@code "third party (redacted)"}, unless it follows a word of one of them), a name's words in a row become one
     * label, and the party's date of birth
     * written as {@code 2014-05-20}, {@code 20/05/2014}, {@code 20/5/2014}, {@code 20.05.2014}, {@code 20-05-2014},
     * {@code 20 May 2014} or {@code 20 May, 2014} becomes the label too. Titles (Mr, Mrs, Dr and the like) and words of the person
     * asking's own names are kept, so a surname the family shares stays.
     *
     * <p>This is a plain word-for-word substitution: it misses nicknames, misspellings and descriptions ("her
     * brother"), and it masks ordinary words that happen to be names (a third party called May Rose masks "may"
     * everywhere). Treat its result as a first pass for a person to review.
     *
     * @return the masked text; the text as held when nothing is masked
     */
    public String maskedText() {
        return NameMasker.mask(text, subjects, thirdParties, decisions);
    }

    /** @return the kind and ids, never the text */
    @Override
    public String toString() {
        return "FreeText[case " + caseId + ", " + kind + " " + itemId + "]";
    }
}
