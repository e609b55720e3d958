package dev.golive.core.score;

import dev.golive.core.model.Claim;

/**
 * A claim held against the items.
 *
 * @param actual what the items say, on the claim's own scale (percent, count, 100/0)
 * @param agrees whether the claim holds; {@code null} when there is nothing to compare with
 */
public record ClaimCheck(Claim claim, Double actual, Boolean agrees) {}
