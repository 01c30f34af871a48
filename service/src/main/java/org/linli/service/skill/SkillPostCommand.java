package org.linli.service.skill;

/**
 * A new post. Lengths are checked by the contract; contact details and the category here.
 *
 * @param priceMinutes suggested time credits, or {@code null} for free help
 */
public record SkillPostCommand(
    SkillPostKind kind,
    long categoryId,
    String title,
    String description,
    String availability,
    String place,
    Integer priceMinutes) {}
