package org.migracap.library.domain;

/**
 * A document title offered while the person types.
 */
public record Suggestion(long id, String iso3, String title) {
}
