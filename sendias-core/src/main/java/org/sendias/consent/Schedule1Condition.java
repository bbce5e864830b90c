package org.sendias.consent;

import java.util.Objects;

/**
 * A condition in Schedule 1 to the Data Protection Act 2018, required with Article 9(2)(b) and (h) (a Part 1
 * condition, s.10(2)) and with Article 9(2)(g) (a Part 2 condition, s.10(3)).
 */
public enum Schedule1Condition {
    /** Part 1 paragraph 1: employment, social security and social protection; meets Art 9(2)(b). */
    EMPLOYMENT_SOCIAL_SECURITY_AND_SOCIAL_PROTECTION(1, 1, Article9Condition.EMPLOYMENT_SOCIAL_SECURITY),
    /** Part 1 paragraph 2: health or social care purposes; meets Art 9(2)(h). */
    HEALTH_OR_SOCIAL_CARE(1, 2, Article9Condition.HEALTH_OR_SOCIAL_CARE),
    /** Part 2 paragraph 6: statutory and government purposes; meets Art 9(2)(g). */
    STATUTORY_AND_GOVERNMENT_PURPOSES(2, 6, Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST),
    /** Part 2 paragraph 10: preventing or detecting unlawful acts; meets Art 9(2)(g). */
    PREVENTING_OR_DETECTING_UNLAWFUL_ACTS(2, 10, Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST),
    /** Part 2 paragraph 18: safeguarding of children and of individuals at risk; meets Art 9(2)(g). */
    SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK(2, 18, Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST);

    private final int part;
    private final int paragraph;
    private final Article9Condition meets;

    Schedule1Condition(int part, int paragraph, Article9Condition meets) {
        this.part = part;
        this.paragraph = paragraph;
        this.meets = meets;
    }

    /** @return the Part of Schedule 1 */
    public int part() {
        return part;
    }

    /** @return the paragraph of Schedule 1 */
    public int paragraph() {
        return paragraph;
    }

    /**
     * @param condition an Article 9(2) condition
     * @return whether this Schedule 1 condition is one that meets it under s.10
     */
    public boolean meets(Article9Condition condition) {
        return meets == Objects.requireNonNull(condition, "condition");
    }

    /** @return the citation, for example {@code DPA 2018 Sch 1 Part 2 para 18} */
    public String citation() {
        return "DPA 2018 Sch 1 Part " + part + " para " + paragraph;
    }
}
