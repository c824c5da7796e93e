package org.migracap.workshop.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
@Service
public class PackService {

	/** The paragraph 17 questions, (a) to (e), as prompts; texts are {@code workshop.prompt.<letter>.*} messages. */
	public static final List<String> PROMPTS = List.of("a", "b", "c", "d", "e");

	private final WorkshopAccess access;

	private final WorkshopService workshops;

	private final ScopeCountries scope;

	private final ReferenceApi reference;

	private final Partners partners;

	private final RegistrationService registrations;

	PackService(WorkshopAccess access, WorkshopService workshops, ScopeCountries scope, ReferenceApi reference,
			Partners partners, RegistrationService registrations) {
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
			@Nullable String incomeGroupKey, String iomStatusKey, @Nullable Perspective role) {
	}

	/** A country's latest capacity by area: score 0–100 and gap in levels, with the cycle year. */
	public record ProfileRow(String iso3, String name, int year, Map<FocusArea, Double> scores,
			Map<FocusArea, Double> gaps, String confidentiality) {
	}

	public record CorridorRow(String name, List<String> path, double volume, List<String> scopedCountries) {
	}

	public record LeverageRow(String iso3, String name, FocusArea area, double peopleGain) {
	}

	public record GoalsRow(List<String> shared, List<String> contested) {
	}

	public record RequestRow(String iso3, String country, String title, List<FocusArea> areas, String kind,
			String urgency, String status, java.time.LocalDate submittedOn) {
	}

	public record Perspectives(Map<Perspective, Integer> participants, int undeclared) {
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
		Map<Perspective, Integer> byPerspective = new EnumMap<>(Perspective.class);
		int undeclared = 0;
		for (Registration r : registrations.confirmed(workshopId)) {
			Perspective p = registrations.perspectiveOf(r);
			if (p == null) {
				undeclared++;
			}
			else {
				byPerspective.merge(p, 1, Integer::sum);
			}
		}
		List<FocusArea> areas = workshop.themes.isEmpty() ? List.of(FocusArea.values()) : List.copyOf(workshop.themes);
		return new BackgroundPack(workshops.view(workshop, viewer, locale), countries,
				new Section<>(false, "assessment", List.of()), new Section<>(false, "mobility", List.of()),
				new Section<>(false, "mobility", List.of()), new Section<>(false, "cooperation", List.of()),
				new Section<>(false, "request", List.of()), new Perspectives(byPerspective, undeclared), PROMPTS, areas,
				Instant.now(), workshop.demo);
	}

}
