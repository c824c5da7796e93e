package org.migracap.reference;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A country or territory of ISO 3166-1 with its UN M49 regions, World Bank income group and IOM status.
 */
public record CountryView(String iso3, String iso2, String numeric, String name, @Nullable String region,
		@Nullable String regionCode, @Nullable String subRegion, @Nullable String subRegionCode,
		@Nullable String intermediateRegion, @Nullable String intermediateRegionCode, @Nullable IncomeGroup incomeGroup,
		@Nullable String worldBankRegion, @Nullable String lendingCategory, IomStatus iomStatus,
		@Nullable Integer iomSince) {

	/**
	 * The name in the given language: the ISO short name in English, the CLDR name shipped with the JDK in French and
	 * Spanish.
	 */
	public String name(Locale locale) {
		if (locale.getLanguage().equals("en") || locale.getLanguage().isEmpty()) {
			return name;
		}
		String local = Locale.of("", iso2).getDisplayCountry(locale);
		return local.isBlank() || local.equals(iso2) ? name : local;
	}

	/** The most specific M49 grouping: intermediate region where there is one, else sub-region. */
	public @Nullable String groupingCode() {
		return intermediateRegionCode != null ? intermediateRegionCode : subRegionCode;
	}

}
