package org.migracap.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.NotFoundException;
import org.migracap.reference.domain.CodeLists;
import org.migracap.reference.domain.CountryCatalog;
import org.migracap.reference.domain.RatificationService;
import org.springframework.stereotype.Service;

/**
 * Read-only reference data for every module: countries and their groupings, focus areas, instruments and
 * ratifications, code lists. Countries are held in memory; calls are cheap.
 */
@Service
public class ReferenceApi {

	/**
	 * The data stamp ({@link org.migracap.platform.DataStamps}) raised with every change of the countries, their
	 * income groups or IOM status, for callers that cache what they build from them.
	 */
	public static final String COUNTRIES_STAMP = CountryCatalog.STAMP;

	private final CountryCatalog countries;

	private final RatificationService ratifications;

	private final CodeLists codeLists;

	ReferenceApi(CountryCatalog countries, RatificationService ratifications, CodeLists codeLists) {
		this.countries = countries;
		this.ratifications = ratifications;
		this.codeLists = codeLists;
	}

	/** All countries and territories of ISO 3166-1 (249), sorted by English name. */
	public List<CountryView> countries() {
		return countries.all();
	}

	/** A country by ISO alpha-3, alpha-2 or numeric code. */
	public Optional<CountryView> country(@Nullable String code) {
		return countries.byAnyCode(code);
	}

	/**
	 * A country by ISO alpha-3 code.
	 * @throws NotFoundException when there is none
	 */
	public CountryView getCountry(String iso3) {
		return countries.byIso3(iso3).orElseThrow(() -> NotFoundException.of("country", iso3));
	}

	public boolean isCountry(@Nullable String iso3) {
		return countries.byIso3(iso3).isPresent();
	}

	/** UN M49 regions by code, sorted by name. */
	public Map<String, String> regions() {
		return grouping(CountryView::regionCode, CountryView::region);
	}

	/** UN M49 sub-regions by code, sorted by name. */
	public Map<String, String> subRegions() {
		return grouping(CountryView::subRegionCode, CountryView::subRegion);
	}

	/** Countries whose M49 region, sub-region or intermediate region has the given code. */
	public List<CountryView> countriesInRegion(String m49Code) {
		return countries().stream()
			.filter(c -> m49Code.equals(c.regionCode()) || m49Code.equals(c.subRegionCode())
					|| m49Code.equals(c.intermediateRegionCode()))
			.toList();
	}

	public List<CountryView> countriesInIncomeGroup(IncomeGroup group) {
		return countries().stream().filter(c -> c.incomeGroup() == group).toList();
	}

	public List<InstrumentView> instruments() {
		return ratifications.instruments();
	}

	public List<RatificationView> ratificationsOf(String iso3) {
		return ratifications.ofCountry(iso3);
	}

	public List<RatificationView> ratificationsOfInstrument(String instrumentCode) {
		return ratifications.ofInstrument(instrumentCode);
	}

	/** Names of the available code lists: {@code gcm}, {@code sdg-10-7-2}, {@code iati-Sector}, ... */
	public List<String> codeListNames() {
		return codeLists.names();
	}

	public List<CodeItem> codeList(String name) {
		return codeLists.list(name).orElseThrow(() -> NotFoundException.of("code list", name));
	}

	public Optional<CodeItem> codeItem(String list, String code) {
		return codeLists.item(list, code);
	}

	private Map<String, String> grouping(java.util.function.Function<CountryView, @Nullable String> code,
			java.util.function.Function<CountryView, @Nullable String> name) {
		return countries().stream()
			.filter(c -> code.apply(c) != null)
			.collect(Collectors.toMap(c -> Objects.requireNonNull(code.apply(c)),
					c -> Objects.requireNonNull(name.apply(c)), (a, b) -> a))
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/** The focus areas, in order. */
	public List<FocusArea> focusAreas() {
		return List.of(FocusArea.values());
	}

}
