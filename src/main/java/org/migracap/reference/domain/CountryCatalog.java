package org.migracap.reference.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.DataStamps;
import org.migracap.reference.CountryView;
import org.migracap.reference.IomStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All countries with their regions, income group and IOM status, held in memory (249 rows) until a change on any
 * instance raises the {@value #STAMP} data stamp.
 */
@Service
public class CountryCatalog {

	public static final String STAMP = "reference.countries";

	private final Countries countries;

	private final IomMemberships memberships;

	private final DataStamps stamps;

	CountryCatalog(Countries countries, IomMemberships memberships, DataStamps stamps) {
		this.countries = countries;
		this.memberships = memberships;
		this.stamps = stamps;
	}

	private record Snapshot(List<CountryView> all, Map<String, CountryView> byIso3,
			Map<String, CountryView> byIso2, Map<String, CountryView> byNumeric) {
	}

	@Transactional(readOnly = true)
	public List<CountryView> all() {
		return snapshot().all();
	}

	@Transactional(readOnly = true)
	public Optional<CountryView> byIso3(@Nullable String iso3) {
		return iso3 == null ? Optional.empty() : Optional.ofNullable(snapshot().byIso3().get(iso3.toUpperCase(Locale.ROOT)));
	}

	/** Finds a country by ISO alpha-3, alpha-2 or numeric code. */
	@Transactional(readOnly = true)
	public Optional<CountryView> byAnyCode(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String c = code.trim().toUpperCase(Locale.ROOT);
		Snapshot s = snapshot();
		CountryView found = switch (c.length()) {
			case 3 -> c.chars().allMatch(Character::isDigit) ? s.byNumeric().get(c) : s.byIso3().get(c);
			case 2 -> s.byIso2().get(c);
			case 1 -> s.byNumeric().get("00" + c);
			default -> null;
		};
		if (found == null && c.chars().allMatch(Character::isDigit) && c.length() < 3) {
			found = s.byNumeric().get("0".repeat(3 - c.length()) + c);
		}
		return Optional.ofNullable(found);
	}

	/** Raises the stamp, in the caller's transaction: every instance reloads the countries at its next read. */
	public void invalidate() {
		stamps.raise(STAMP);
	}

	private Snapshot snapshot() {
		return stamps.cached(STAMP, "all", this::load);
	}

	private Snapshot load() {
		Map<String, IomMembership> status = memberships.findAll()
			.stream()
			.collect(Collectors.toMap(IomMembership::iso3, Function.identity()));
		List<CountryView> all = countries.findAll()
			.stream()
			.map(country -> view(country, status.get(country.iso3())))
			.sorted(Comparator.comparing(CountryView::name))
			.toList();
		Map<String, CountryView> byIso3 = new LinkedHashMap<>();
		Map<String, CountryView> byIso2 = new LinkedHashMap<>();
		Map<String, CountryView> byNumeric = new LinkedHashMap<>();
		for (CountryView view : all) {
			byIso3.put(view.iso3(), view);
			byIso2.put(view.iso2(), view);
			byNumeric.put(view.numeric(), view);
		}
		return new Snapshot(all, Map.copyOf(byIso3), Map.copyOf(byIso2), Map.copyOf(byNumeric));
	}

	private static CountryView view(Country c, @Nullable IomMembership membership) {
		return new CountryView(c.iso3(), c.iso2(), c.numeric(), c.name(), c.region(), c.regionCode(), c.subRegion(),
				c.subRegionCode(), c.intermediateRegion(), c.intermediateRegionCode(), c.incomeGroup(),
				c.worldBankRegion(), c.lendingCategory(),
				membership == null ? IomStatus.UNKNOWN : membership.status(),
				membership == null ? null : membership.since());
	}

}
