package org.migracap.workshop.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.cooperation.CommonGroundView;
import org.migracap.cooperation.CooperationApi;
import org.migracap.cooperation.ObjectiveView;
import org.migracap.mobility.CorridorExposure;
import org.migracap.mobility.CountryRole;
import org.migracap.mobility.Leverage;
import org.migracap.mobility.MobilityApi;
import org.migracap.mobility.RouteView;
import org.migracap.planning.PlanningApi;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.RequestApi;
import org.migracap.request.RequestSummary;
import org.migracap.request.Urgency;
import org.springframework.stereotype.Component;

/**
 * What the workshop module takes from the modules built beside it, each behind an availability flag so that pages say
 * plainly what is not there instead of failing: routes, country roles and the chain analysis (mobility), common
 * ground and objectives (cooperation), open requests, help kinds and urgencies (request), capacity scores and gaps
 * (assessment), and the planning scenarios a vote can set the weights of (planning). Requests, agreement drafts and
 * area weights themselves go to those modules as events of {@code workshopoutcome} (ADR workshop-06).
 */
@Component("workshopPartnerModules")
public class PartnerModules {

	/** A migration route to scope a workshop by. */
	public record RouteChoice(long id, String name, List<String> countries) {
	}

	/** A planning scenario whose area weights a vote can set. */
	public record ScenarioChoice(long id, String name, String status) {
	}

	private final MobilityApi mobility;

	private final CooperationApi cooperation;

	private final RequestApi requests;

	private final AssessmentApi assessments;

	private final PlanningApi planning;

	PartnerModules(MobilityApi mobility, CooperationApi cooperation, RequestApi requests, AssessmentApi assessments,
			PlanningApi planning) {
		this.mobility = mobility;
		this.cooperation = cooperation;
		this.requests = requests;
		this.assessments = assessments;
		this.planning = planning;
	}

	public boolean routesAvailable() {
		return true;
	}

	public List<RouteChoice> routes() {
		return mobility.routes().stream().map(r -> new RouteChoice(r.id(), r.name(), r.countries())).toList();
	}

	List<RouteView> routeViews() {
		return mobility.routes();
	}

	/** The chain analysis of routes and corridors in every area, with the scores the viewer may see. */
	List<CorridorExposure> exposures(Optional<CurrentUser> viewer) {
		return mobility.exposures(viewer);
	}

	List<Leverage> leverage(Optional<CurrentUser> viewer) {
		return mobility.leverage(viewer);
	}

	public boolean gapsAvailable() {
		return true;
	}

	/**
	 * Countries whose latest published gap the viewer may see in the area is at least {@code minGap} levels (only
	 * areas with a target count).
	 */
	public List<String> countriesWithGap(FocusArea area, double minGap, Optional<CurrentUser> viewer) {
		return assessments.latestAreaScores(viewer)
			.stream()
			.filter(s -> s.area() == area && s.targetScore() != null && s.gap() >= minGap)
			.map(AreaScore::iso3)
			.distinct()
			.sorted()
			.toList();
	}

	/** A country's latest area scores that the viewer may see. */
	Map<FocusArea, AreaScore> areaScores(String iso3, Optional<CurrentUser> viewer) {
		return assessments.latestAreaScores(iso3, viewer);
	}

	/** A country's main role on migration routes, from the mobility module's migrant stock data and routes. */
	public Optional<CountryRole> mainRole(String iso3) {
		return Optional.of(mobility.mainRole(iso3));
	}

	public boolean requestsAvailable() {
		return true;
	}

	/** The help kinds and urgencies a request can be given (names of the request module's enums). */
	public List<String> helpKinds() {
		return Arrays.stream(HelpKind.values()).map(Enum::name).toList();
	}

	public List<String> urgencies() {
		return Arrays.stream(Urgency.values()).map(Enum::name).toList();
	}

	List<RequestSummary> openRequests(String iso3, Optional<CurrentUser> viewer) {
		return requests.openRequests(iso3, viewer);
	}

	/** Refuses a help kind or urgency the request module does not know. */
	void requireHelpKindAndUrgency(String kind, String urgency) {
		try {
			HelpKind.valueOf(kind);
			Urgency.valueOf(urgency);
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.invalid("workshop.action.error.kindOrUrgency");
		}
	}

	public boolean agreementsAvailable() {
		return true;
	}

	/** Shared and contested objectives of the group in the given areas, as titles in the reader's language. */
	List<List<String>> commonGround(Set<String> iso3s, java.util.Collection<FocusArea> areas,
			Optional<CurrentUser> viewer, Locale locale) {
		CommonGroundView view = cooperation.commonGround(iso3s, viewer);
		Map<String, ObjectiveView> byCode = new java.util.HashMap<>();
		cooperation.objectives().forEach(o -> byCode.put(o.code(), o));
		java.util.function.Function<String, String> title = code -> byCode.containsKey(code)
				? byCode.get(code).title(locale) + " (" + code + ")" : code;
		java.util.function.Predicate<String> inAreas = code -> !byCode.containsKey(code)
				|| areas.contains(byCode.get(code).area());
		return List.of(view.sharedObjectives().stream().filter(inAreas).map(title).toList(),
				view.contestedObjectives().stream().filter(inAreas).map(title).toList());
	}

	public boolean planningAvailable() {
		return true;
	}

	/** The planning scenarios whose weights can still change (not adopted), newest first. */
	public List<ScenarioChoice> scenarios() {
		return planning.scenarios()
			.stream()
			.filter(s -> !"ADOPTED".equals(s.status()))
			.map(s -> new ScenarioChoice(s.id(), s.name(), s.status()))
			.toList();
	}

	static RuleViolationException unavailable(String module) {
		return RuleViolationException.conflict("workshop.partner.unavailable", module);
	}

}
