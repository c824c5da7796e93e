package org.migracap.workshop.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Component;

/**
 * What the workshop module takes from the modules built beside it (assessment, mobility, cooperation, request,
 * planning), each behind an availability flag so that pages say plainly what is not there yet instead of failing.
 * Each method calls the other module's {@code *Api} once that module is part of the build.
 */
@Component
public class Partners {

	/** A migration route to scope a workshop by. */
	public record RouteChoice(long id, String name, List<String> countries) {
	}

	/** A planning scenario whose area weights a vote can set. */
	public record ScenarioChoice(long id, String name, String status) {
	}

	public boolean routesAvailable() {
		return false;
	}

	public List<RouteChoice> routes() {
		return List.of();
	}

	public boolean gapsAvailable() {
		return false;
	}

	/** Countries whose latest visible gap in the area is at least {@code minGap} levels. */
	public List<String> countriesWithGap(FocusArea area, double minGap, Optional<CurrentUser> viewer) {
		throw unavailable("assessment");
	}

	/** A country's main role on migration routes, when the mobility module knows it. */
	public Optional<Perspective> mainRole(String iso3) {
		return Optional.empty();
	}

	public boolean requestsAvailable() {
		return false;
	}

	/** The help kinds and urgencies a request can be given (names of the request module's enums). */
	public List<String> helpKinds() {
		return List.of();
	}

	public List<String> urgencies() {
		return List.of();
	}

	public long createRequest(long workshopId, String iso3, FocusArea area, String kind, String urgency, String title,
			String description, CurrentUser actor) {
		throw unavailable("request");
	}

	public boolean agreementsAvailable() {
		return false;
	}

	public long proposeAgreement(long workshopId, String title, java.util.Set<String> parties, java.util.Set<FocusArea> areas,
			String description, CurrentUser actor) {
		throw unavailable("cooperation");
	}

	public boolean planningAvailable() {
		return false;
	}

	public List<ScenarioChoice> scenarios() {
		return List.of();
	}

	public void applyAreaWeights(long scenarioId, Map<FocusArea, Double> weights, String source, CurrentUser actor) {
		throw unavailable("planning");
	}

	static RuleViolationException unavailable(String module) {
		return RuleViolationException.conflict("workshop.partner.unavailable", module);
	}

}
