package org.migracap.workshop.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.CountryRole;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The background pack of a workshop, composed for the reader from MigraCap's data on the scoped countries: who they
 * are, their capacity profiles, the corridor analysis of the group, their shared and contested goals, their open
 * requests for help, and the key questions of MC/INF/265 (para. 17) as discussion prompts. Each data section says
 * whether the module behind it is available; what a reader may not see (another country's confidential data) is left
 * out by the providing module.
 */
@Service("workshopPackService")
public class PackService {

	/** The paragraph 17 questions, (a) to (e), as prompts; texts are {@code workshop.prompt.<letter>.*} messages. */
	public static final List<String> PROMPTS = List.of("a", "b", "c", "d", "e");

	private final WorkshopAccess access;

	private final WorkshopService workshops;

	private final ScopeCountries scope;

	private final ReferenceApi reference;

	private final PartnerModules partners;

	private final RegistrationService registrations;

	PackService(WorkshopAccess access, WorkshopService workshops, ScopeCountries scope, ReferenceApi reference,
			PartnerModules partners, RegistrationService registrations) {
		this.access = access;
		this.workshops = workshops;
		this.scope = scope;
		this.reference = reference;
		this.partners = partners;
		this.registrations = registrations;
	}

	/** A data section: available or not (and which module would provide it), with its rows. */
	public record Section<T>(boolean available, String module, List<T> rows) {

		public boolean empty() {
			return rows.isEmpty();
		}

	}

	public record CountryRow(String iso3, String name, @Nullable String region, @Nullable String subRegion,
			@Nullable String incomeGroupKey, String iomStatusKey, @Nullable CountryRole role) {
	}

	/** A country's latest capacity by area: score 0–100 and gap in levels, with the cycle year. */
	public record ProfileRow(String iso3, String name, int year, Map<FocusArea, Double> scores,
			Map<FocusArea, Double> gaps, String confidentiality) {
	}

	/** A route with at least two of the workshop's countries, and its chain analysis in the workshop's areas. */
	public record CorridorRow(String name, List<String> path, double volume, List<ChainRow> chain) {
	}

	/** The weakest link of a route in one area: chain capacity 0–100, the country holding it, the exposure. */
	public record ChainRow(FocusArea area, double chainCapacity, String bottleneck, double exposure, boolean complete) {
	}

	public record LeverageRow(String iso3, String name, FocusArea area, double peopleGain) {
	}

	public record GoalsRow(List<String> shared, List<String> contested) {
	}

	/** An open request; {@code kindKey} and {@code urgencyKey} are message keys of the request module. */
	public record RequestRow(String iso3, String country, String title, List<FocusArea> areas, String kindKey,
			String urgencyKey, String status, java.time.LocalDate submittedOn) {
	}

	public record Perspectives(Map<CountryRole, Integer> participants, int undeclared) {
	}

	public record BackgroundPack(WorkshopService.WorkshopView workshop, List<CountryRow> countries,
			Section<ProfileRow> profiles, Section<CorridorRow> corridors, Section<LeverageRow> leverage,
			Section<GoalsRow> goals, Section<RequestRow> requests, Perspectives perspectives, List<String> prompts,
			List<FocusArea> areas, Instant generatedAt, boolean demo) {

		public List<String> missingModules() {
			List<String> missing = new ArrayList<>();
			for (Section<?> section : List.of(profiles, corridors, goals, requests)) {
				if (!section.available() && !missing.contains(section.module())) {
					missing.add(section.module());
				}
			}
			return missing;
		}

	}

	private Section<CorridorRow> corridors(List<String> iso3s, List<FocusArea> areas, Optional<CurrentUser> viewer,
			java.util.function.Function<String, String> name) {
		List<org.migracap.mobility.RouteView> routes = partners.routeViews()
			.stream()
			.filter(r -> r.countries().stream().filter(iso3s::contains).count() >= 2)
			.toList();
		List<org.migracap.mobility.CorridorExposure> exposures = routes.isEmpty() ? List.of() : partners.exposures(viewer);
		List<CorridorRow> rows = new ArrayList<>();
		for (org.migracap.mobility.RouteView route : routes) {
			List<ChainRow> chain = exposures.stream()
				.filter(e -> e.routeId() != null && e.routeId() == route.id() && areas.contains(e.area()))
				.sorted(java.util.Comparator.comparing(org.migracap.mobility.CorridorExposure::area))
				.map(e -> new ChainRow(e.area(), e.chainCapacity(), name.apply(e.bottleneckIso3()), e.exposure(),
						e.complete()))
				.toList();
			rows.add(new CorridorRow(route.name(), route.countries().stream().map(name).toList(), route.volume(), chain));
		}
		return new Section<>(true, "mobility", rows);
	}

	@Transactional(readOnly = true)
	public BackgroundPack pack(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		Workshop workshop = access.visible(workshopId, viewer);
		List<String> iso3s = scope.findByWorkshopIdOrderByCountryCode(workshopId).stream().map(c -> c.countryCode).toList();
		List<CountryRow> countries = new ArrayList<>();
		for (String iso3 : iso3s) {
			CountryView c = reference.getCountry(iso3);
			countries.add(new CountryRow(iso3, c.name(locale), c.region(), c.subRegion(),
					c.incomeGroup() == null ? null : c.incomeGroup().messageKey(), c.iomStatus().messageKey(),
					partners.mainRole(iso3).orElse(null)));
		}
		countries.sort(java.util.Comparator.comparing(CountryRow::name, java.text.Collator.getInstance(locale)));
		Map<CountryRole, Integer> byPerspective = new EnumMap<>(CountryRole.class);
		int undeclared = 0;
		for (Registration r : registrations.confirmed(workshopId)) {
			CountryRole p = registrations.perspectiveOf(r);
			if (p == null) {
				undeclared++;
			}
			else {
				byPerspective.merge(p, 1, Integer::sum);
			}
		}
		List<FocusArea> areas = workshop.themes.isEmpty() ? List.of(FocusArea.values()) : List.copyOf(workshop.themes);
		java.util.function.Function<String, String> name = iso3 -> reference.country(iso3)
			.map(c -> c.name(locale))
			.orElse(iso3);
		Section<CorridorRow> corridors = corridors(iso3s, areas, viewer, name);
		Section<LeverageRow> leverage = new Section<>(true, "mobility", partners.leverage(viewer)
			.stream()
			.filter(l -> iso3s.contains(l.iso3()) && areas.contains(l.area()) && l.peopleGain() > 0)
			.limit(10)
			.map(l -> new LeverageRow(l.iso3(), name.apply(l.iso3()), l.area(), l.peopleGain()))
			.toList());
		Section<GoalsRow> goals;
		if (iso3s.size() < 2) {
			goals = new Section<>(true, "cooperation", List.of());
		}
		else {
			List<List<String>> ground = partners.commonGround(new java.util.LinkedHashSet<>(iso3s), areas, viewer, locale);
			goals = new Section<>(true, "cooperation", List.of(new GoalsRow(ground.get(0), ground.get(1))));
		}
		List<RequestRow> requestRows = new ArrayList<>();
		for (String iso3 : iso3s) {
			partners.openRequests(iso3, viewer)
				.stream()
				.filter(r -> r.countries().iterator().next().equals(iso3))
				.forEach(r -> requestRows.add(new RequestRow(iso3, name.apply(iso3), r.title(),
						r.areas().stream().sorted().toList(), r.kind().messageKey(), r.urgency().messageKey(),
						r.status(), r.submittedOn())));
		}
		List<ProfileRow> profiles = new ArrayList<>();
		for (CountryRow country : countries) {
			Map<FocusArea, org.migracap.assessment.AreaScore> scores = partners.areaScores(country.iso3(), viewer);
			if (scores.isEmpty()) {
				continue;
			}
			Map<FocusArea, Double> values = new EnumMap<>(FocusArea.class);
			Map<FocusArea, Double> gaps = new EnumMap<>(FocusArea.class);
			int year = 0;
			boolean confidential = false;
			for (org.migracap.assessment.AreaScore score : scores.values()) {
				values.put(score.area(), score.score());
				if (score.targetScore() != null) {
					gaps.put(score.area(), score.gap());
				}
				year = Math.max(year, score.year());
				confidential |= score.confidentiality() == org.migracap.platform.Confidentiality.PRIVATE;
			}
			profiles.add(new ProfileRow(country.iso3(), country.name(), year, values, gaps,
					confidential ? "PRIVATE" : "SHARED"));
		}
		return new BackgroundPack(workshops.view(workshop, viewer, locale), countries,
				new Section<>(true, "assessment", profiles), corridors, leverage, goals,
				new Section<>(true, "request", requestRows), new Perspectives(byPerspective, undeclared), PROMPTS, areas,
				Instant.now(), workshop.demo);
	}

}
