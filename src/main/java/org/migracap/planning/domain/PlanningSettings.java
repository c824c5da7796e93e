package org.migracap.planning.domain;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optimiser settings ({@code migracap.planning.*}): the engine ({@code MIP-SCIP}, chosen by benchmark, or
 * {@code CP-SAT}, {@code MIP-CBC}), its time limit and the relative gap at which a plan counts as optimal, how many
 * candidates are explained by re-solving (beyond that, and past {@code explainSeconds}, explanations are estimates),
 * and the budget factors of the sweep.
 */
@ConfigurationProperties(prefix = "migracap.planning")
public record PlanningSettings(@DefaultValue("MIP-SCIP") String solver, @DefaultValue("30") double timeLimitSeconds,
		@DefaultValue("0.0001") double relativeGap, @DefaultValue("150") int exactExplainLimit,
		@DefaultValue("40") double explainSeconds,
		@DefaultValue({ "0.25", "0.5", "0.75", "1", "1.25", "1.5", "2" }) List<Double> sweepFactors) {
}
