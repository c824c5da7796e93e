package org.migracap.planning;

/**
 * A planning scenario as other modules see it. {@code status} is {@code DRAFT}, {@code SOLVED} or {@code ADOPTED}.
 */
public record ScenarioSummary(long id, String name, String status) {
}
