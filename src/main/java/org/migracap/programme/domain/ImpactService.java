package org.migracap.programme.domain;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.migracap.platform.CurrentUser;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The impact page's numbers: the programme's treated (country, area) pairs, comparable countries (same UN M49
 * region or World Bank income group, as chosen) that no programme treated in the area, their assessed scores as the
 * viewer may see them, and the difference-in-differences estimate.
 */
@Service
@Transactional(readOnly = true)
public class ImpactService {

	public static final List<String> BASES = List.of("either", "region", "income");

	private final ProgrammeService programmes;

	private final Programmes repository;

	private final ScoreHistory scores;

	private final ReferenceApi reference;

	ImpactService(ProgrammeService programmes, Programmes repository, ScoreHistory scores, ReferenceApi reference) {
		this.programmes = programmes;
		this.repository = repository;
		this.scores = scores;
		this.reference = reference;
	}

	public ProgrammeViews.Impact impact(long id, String basis, Optional<CurrentUser> viewer) {
		ProgrammeViews.Detail detail = programmes.detail(id, viewer);
		String chosen = BASES.contains(basis) ? basis : "either";
		int startYear = (detail.actualStart() != null ? detail.actualStart() : detail.row().plannedStart()).getYear();
		List<Map.Entry<String, FocusArea>> treated = new ArrayList<>();
		for (String iso3 : detail.row().countries()) {
			for (FocusArea area : detail.row().areas()) {
				treated.add(new AbstractMap.SimpleEntry<>(iso3, area));
			}
		}
		Set<String> treatedElsewhere = new HashSet<>();
		for (Programme p : repository.findAll()) {
			if (p.status() == 5) {
				continue;
			}
			for (String iso3 : p.countries()) {
				for (FocusArea area : p.areas()) {
					treatedElsewhere.add(iso3 + ":" + area);
				}
			}
		}
		Map<String, Set<String>> comparable = new TreeMap<>();
		Set<String> needed = new LinkedHashSet<>(detail.row().countries());
		for (String iso3 : detail.row().countries()) {
			Set<String> peers = peers(iso3, chosen);
			comparable.put(iso3, peers);
			needed.addAll(peers);
		}
		List<DifferenceInDifferences.Observation> history = new ArrayList<>();
		if (scores.available()) {
			for (String iso3 : needed) {
				history.addAll(scores.history(iso3, viewer));
			}
		}
		return new ProgrammeViews.Impact(detail,
				DifferenceInDifferences.estimate(treated, startYear, comparable, treatedElsewhere, history),
				scores.available(), comparable, startYear, chosen);
	}

	Set<String> peers(String iso3, String basis) {
		CountryView country = reference.getCountry(iso3);
		Set<String> peers = new java.util.TreeSet<>();
		for (CountryView other : reference.countries()) {
			if (other.iso3().equals(iso3)) {
				continue;
			}
			boolean region = country.regionCode() != null && country.regionCode().equals(other.regionCode());
			boolean income = country.incomeGroup() != null && country.incomeGroup() == other.incomeGroup();
			boolean match = switch (basis) {
				case "region" -> region;
				case "income" -> income;
				default -> region || income;
			};
			if (match) {
				peers.add(other.iso3());
			}
		}
		return peers;
	}

}
