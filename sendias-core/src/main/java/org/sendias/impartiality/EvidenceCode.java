package org.sendias.impartiality;

/** The kinds of impartiality evidence {@link ImpartialityCheck} can find missing from a case. */
public enum EvidenceCode {
    /** Help went beyond information, but no advice note records the options explained. */
    NO_ADVICE_NOTE("No advice note records the options explained to the family, although the help given went beyond "
        + "information."),
    /** The case's notes explain fewer than two distinct routes. */
    FEWER_THAN_TWO_OPTIONS("The advice notes explain fewer than two routes: impartial advice records the "
        + "alternatives, including where there was more than one possible route forward."),
    /** An option was recorded without any legal basis. */
    OPTION_WITHOUT_LEGAL_BASIS("An option explained has no legal basis recorded: advice is based on the law, so each "
        + "route needs its statute, regulation or Code paragraph."),
    /** The case is closed, and no note records the family's own choice. */
    NO_FAMILY_CHOICE_RECORDED("The case is closed but no advice note records the choice the family made (which may be "
        + "to take no route for now).");

    private final String explanation;

    EvidenceCode(String explanation) {
        this.explanation = explanation;
    }

    /** @return what is missing and why it matters, in plain English */
    public String explanation() {
        return explanation;
    }
}
