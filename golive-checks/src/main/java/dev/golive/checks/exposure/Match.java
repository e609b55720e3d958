package dev.golive.checks.exposure;

/**
 * A recognised piece of content in a response.
 *
 * @param signature what it was recognised as, such as {@code dotenv} or {@code django-debug}
 * @param snippet a short excerpt of what matched, with secrets left out
 */
public record Match(String signature, String snippet) {}
