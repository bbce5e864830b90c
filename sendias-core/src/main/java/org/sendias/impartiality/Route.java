package org.sendias.impartiality;

import static org.sendias.impartiality.LegalBasis.cite;

import java.util.List;
import java.util.Optional;
import org.sendias.deadline.Rule;

/**
 * A route forward that an adviser explains to a family: the closed set that advice notes draw on.
 *
 * <p>Each route has a short {@link #label() label}, a plain-English {@link #description() description} a caseworker
 * can read out, and its {@link #legalBasis() legal basis}. Where the deadline engine computes a time limit for the
 * route, the basis is that {@link Rule}'s citation, so the advice note and the deadline shown to the family agree.
 * A citation that could not be checked against the source text carries {@code (paragraph unconfirmed)}.
 *
 * <p>The routes are not exclusive: a family can usually follow more than one (a complaint and disagreement resolution,
 * say), and none of them is recommended over another by being listed here.
 */
public enum Route {
    /** Talking the concern through with the people involved, without a formal process. */
    INFORMAL_RESOLUTION("Informal resolution",
        "Talking the concern through with the people directly involved (a teacher, the SENCO, the setting's manager, "
            + "the local authority's SEN officer or the health practitioner) to agree a way forward without a formal "
            + "process. Most disagreements are settled this way, and every formal route stays open.",
        cite("SEND Code of Practice 0-25 (2015) paras 11.1-11.3")),
    /** A meeting with the school, college or early years setting to review support and agree next steps. */
    MEETING_WITH_SCHOOL_OR_SETTING("Meeting with the school or setting",
        "Asking for a meeting with the school, college or early years setting to review the support in place, agree "
            + "outcomes and decide next steps. Where a pupil receives SEN support, schools should meet parents at "
            + "least three times a year. The service can help the family prepare, and can go with them.",
        cite("SEND Code of Practice 0-25 (2015) para 6.65"),
        cite("Children and Families Act 2014 s.19")),
    /** Asking the local authority for an EHC needs assessment. */
    EHC_NEEDS_ASSESSMENT_REQUEST("Request for an EHC needs assessment",
        "Asking the local authority to carry out an Education, Health and Care needs assessment, when the help the "
            + "school or setting can give from its own resources may not be enough. A parent or young person can ask "
            + "directly; the authority must decide within 6 weeks, and a refusal can be appealed.",
        cite("Children and Families Act 2014 s.36(1)"),
        LegalBasis.of(Rule.EHC_DECISION_TO_ASSESS)),
    /** The school's own complaints procedure. */
    SCHOOL_COMPLAINT("Complaint to the school",
        "Using the school's own complaints procedure: raising the concern informally first, then in writing, then "
            + "to the governing board or the proprietor's panel. Maintained schools must have a procedure; academies "
            + "and independent schools must meet the complaints standard.",
        cite("Education Act 2002 s.29(1) (maintained schools)"),
        cite("Education (Independent School Standards) Regulations 2014 (SI 2014/3283) Sch 1 para 33 "
            + "(academies and independent schools)"),
        cite("SEND Code of Practice 0-25 (2015) paras 11.67-11.111 (complaints)")),
    /** The local authority's complaints procedure, including the statutory one for children's social care. */
    LOCAL_AUTHORITY_COMPLAINT("Complaint to the local authority",
        "Using the local authority's complaints procedure about how it has carried out its duties, for example delay "
            + "or how the SEN team handled a request. Complaints about children's social care follow a statutory "
            + "procedure. A decision that can be appealed to the Tribunal is usually challenged by appeal instead. "
            + "After the authority's procedure, the family can go to the Local Government and Social Care "
            + "Ombudsman.",
        cite("SEND Code of Practice 0-25 (2015) paras 11.67-11.111 (complaints)"),
        cite("Children Act 1989 s.26(3); Children Act 1989 Representations Procedure (England) Regulations 2006 "
            + "(SI 2006/1738) (children's social care)"),
        cite("Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 "
            + "(SI 2009/309) (adult social care)")),
    /** The NHS complaints procedure, then the Parliamentary and Health Service Ombudsman. */
    HEALTH_COMPLAINT("Complaint about a health service",
        "Complaining to the NHS body that provided or commissioned the care (the integrated care board, formerly the "
            + "CCG, or the provider). PALS and the local NHS complaints advocacy service can help. If the family is "
            + "still unhappy, the Parliamentary and Health Service Ombudsman can look at it.",
        cite("Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 "
            + "(SI 2009/309)"),
        cite("Health Service Commissioners Act 1993")),
    /** The local authority's independent disagreement resolution service. */
    DISAGREEMENT_RESOLUTION("Disagreement resolution",
        "Using the independent disagreement resolution service the local authority must make available, to settle a "
            + "disagreement with the authority, a school or college, or the health commissioners about provision. "
            + "It is voluntary for everyone, free and confidential, can be used at any stage (even while waiting for "
            + "an appeal), and does not affect the right to appeal.",
        cite("Children and Families Act 2014 s.57"),
        cite("SEND Code of Practice 0-25 (2015) paras 11.6-11.10")),
    /** Mediation about a decision that can be appealed to the Tribunal. */
    MEDIATION("Mediation",
        "Mediation with the local authority (and the health commissioners where health provision is in dispute) "
            + "about a decision that can be appealed to the Tribunal. Before most appeals the family must contact a "
            + "mediation adviser within 2 months of the decision, but need not go on to mediate; the adviser issues "
            + "the certificate needed to register the appeal.",
        LegalBasis.of(Rule.MEDIATION_ADVISER_CONTACT),
        cite("SEND Regulations 2014 regs 32-42"),
        cite("SEND Code of Practice 0-25 (2015) paras 11.13-11.38")),
    /** An appeal to the First-tier Tribunal (SEND). */
    TRIBUNAL_APPEAL("Appeal to the Tribunal",
        "Appealing to the First-tier Tribunal (Special Educational Needs and Disability) against a local authority "
            + "decision about an EHC needs assessment or plan: a refusal to assess or to issue a plan, the contents "
            + "or the school named, a refusal to amend, or a decision to cease the plan. The appeal must reach the "
            + "Tribunal within 2 months of the decision, or 1 month of the mediation certificate if later.",
        LegalBasis.of(Rule.APPEAL_REGISTRATION),
        cite("Children and Families Act 2014 s.51"),
        cite("SEND Code of Practice 0-25 (2015) paras 11.39-11.55")),
    /** A disability discrimination claim against a school to the Tribunal. */
    DISABILITY_DISCRIMINATION_CLAIM("Disability discrimination claim",
        "A claim to the First-tier Tribunal (SEND) that a school has discriminated against a disabled pupil, for "
            + "example by failing to make reasonable adjustments, or in a suspension or permanent exclusion. The "
            + "claim must be made within 6 months of the conduct complained of.",
        LegalBasis.of(Rule.DISCRIMINATION_CLAIM),
        cite("Equality Act 2010 s.85")),
    /** Review of an exclusion by the governors and then an independent review panel. */
    EXCLUSION_REVIEW("Review of an exclusion",
        "Asking the governing board to consider an exclusion and, after a permanent exclusion is upheld, applying for "
            + "an independent review panel, which can include a SEN expert. A claim that the exclusion was "
            + "disability discrimination can also be made to the Tribunal.",
        cite("Education Act 2002 s.51A"),
        LegalBasis.of(Rule.EXCLUSION_GOVERNORS_MEETING),
        LegalBasis.of(Rule.INDEPENDENT_REVIEW_APPLICATION)),
    /** A claim to the High Court for judicial review of a public body's decision. */
    JUDICIAL_REVIEW("Judicial review",
        "Asking the High Court to review whether a public body acted lawfully, usually after a pre-action letter and "
            + "where no other suitable remedy (such as an appeal) exists. The claim must be made promptly and in any "
            + "event within 3 months; specialist legal advice is needed.",
        LegalBasis.of(Rule.JUDICIAL_REVIEW),
        cite("Senior Courts Act 1981 s.31")),
    /** A complaint to the Local Government and Social Care Ombudsman. */
    OMBUDSMAN_COMPLAINT("Complaint to the Ombudsman",
        "Complaining to the Local Government and Social Care Ombudsman about fault by the local authority (including "
            + "how it carried out EHC duties), usually after the authority's own complaints procedure. The Ombudsman "
            + "does not normally investigate a matter that could be appealed to the Tribunal. Complaints should be "
            + "made within 12 months of noticing the problem.",
        LegalBasis.of(Rule.OMBUDSMAN_COMPLAINT)),
    /** A complaint to the Secretary of State for Education. */
    SECRETARY_OF_STATE_COMPLAINT("Complaint to the Secretary of State",
        "Asking the Secretary of State for Education to act where a local authority or a maintained school's "
            + "governing board has acted unreasonably or failed to carry out a legal duty, usually once local "
            + "complaints procedures have been used.",
        cite("Education Act 1996 ss.496, 497"));

    private final String label;
    private final String description;
    private final List<LegalBasis> legalBasis;

    Route(String label, String description, LegalBasis... legalBasis) {
        this.label = label;
        this.description = description;
        this.legalBasis = List.of(legalBasis);
    }

    /** @return a short name for the route, for example {@code Appeal to the Tribunal} */
    public String label() {
        return label;
    }

    /** @return what the route is, in plain English, for a caseworker to explain to a family */
    public String description() {
        return description;
    }

    /** @return the statutes, regulations and Code paragraphs the route rests on, never empty */
    public List<LegalBasis> legalBasis() {
        return legalBasis;
    }

    /** @return the deadline engine's time limits for this route, in the order of its legal basis; often empty */
    public List<Rule> rules() {
        return legalBasis.stream().map(LegalBasis::rule).flatMap(Optional::stream).toList();
    }
}
