package org.migracap.mobility.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches the countries named in data files to ISO 3166-1 alpha-3 codes: an ISO alpha-3 or numeric code, the ISO
 * English short name, the alias table, then the French or Spanish name. Aliases come before the other languages
 * because they are explicit: "Micronesia" is the UN sub-region (excluded), although it is the Spanish name of the
 * Federated States of Micronesia. Two-letter codes are not accepted: in the UN DESA file "NA" stands for a missing
 * code, not for Namibia.
 */
@Component
class CountryResolver {

	private final ReferenceApi reference;

	private final CountryAliases aliases;

	CountryResolver(ReferenceApi reference, CountryAliases aliases) {
		this.reference = reference;
		this.aliases = aliases;
	}

	/** How a name or code in a file was understood. */
	record Resolution(String text, @Nullable String iso3, @Nullable ExclusionReason excluded) {

		boolean matched() {
			return iso3 != null;
		}

		boolean isExcluded() {
			return excluded != null;
		}

		boolean unknown() {
			return iso3 == null && excluded == null;
		}

	}

	/** A snapshot of everything a load needs to match names, taken once per load. */
	static final class Index {

		private final Set<String> iso3;

		private final Map<String, String> numeric;

		private final Map<String, String> names;

		private final Map<String, String> otherNames;

		private final Map<String, CountryAlias> aliases;

		Index(Set<String> iso3, Map<String, String> numeric, Map<String, String> names, Map<String, String> otherNames,
				Map<String, CountryAlias> aliases) {
			this.iso3 = iso3;
			this.numeric = numeric;
			this.names = names;
			this.otherNames = otherNames;
			this.aliases = aliases;
		}

		Resolution resolve(String text) {
			String trimmed = text.trim();
			if (trimmed.isEmpty()) {
				return new Resolution(trimmed, null, null);
			}
			String upper = trimmed.toUpperCase(Locale.ROOT);
			if (upper.length() == 3 && iso3.contains(upper)) {
				return new Resolution(trimmed, upper, null);
			}
			if (upper.chars().allMatch(Character::isDigit) && upper.length() <= 3) {
				String code = numeric.get("0".repeat(3 - upper.length()) + upper);
				if (code != null) {
					return new Resolution(trimmed, code, null);
				}
			}
			String folded = CountryNames.fold(trimmed);
			String byName = names.get(folded);
			if (byName != null) {
				return new Resolution(trimmed, byName, null);
			}
			CountryAlias alias = aliases.get(folded);
			if (alias != null) {
				return alias.action() == AliasAction.MAP ? new Resolution(trimmed, alias.iso3(), null)
						: new Resolution(trimmed, null, alias.reason());
			}
			return new Resolution(trimmed, otherNames.get(folded), null);
		}

		/** Whether the text is already an ISO code or name, so that an alias for it would never be used. */
		boolean isIsoCodeOrName(String text) {
			String upper = text.trim().toUpperCase(Locale.ROOT);
			return iso3.contains(upper) || names.containsKey(CountryNames.fold(text));
		}

	}

	@Transactional(readOnly = true)
	Index index() {
		Set<String> codes = new HashSet<>();
		Map<String, String> numeric = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		Map<String, String> otherNames = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		List<CountryView> countries = reference.countries();
		for (CountryView country : countries) {
			codes.add(country.iso3());
			numeric.put(country.numeric(), country.iso3());
			names.put(CountryNames.fold(country.name()), country.iso3());
		}
		for (Locale locale : List.of(Locale.FRENCH, Locale.of("es"))) {
			for (CountryView country : countries) {
				String folded = CountryNames.fold(country.name(locale));
				if (names.containsKey(folded)) {
					continue;
				}
				String existing = otherNames.get(folded);
				if (existing == null) {
					otherNames.put(folded, country.iso3());
				}
				else if (!existing.equals(country.iso3())) {
					ambiguous.add(folded);
				}
			}
		}
		ambiguous.forEach(otherNames::remove);
		Map<String, CountryAlias> byFolded = new HashMap<>();
		for (CountryAlias alias : aliases.findAll()) {
			byFolded.put(alias.folded(), alias);
		}
		return new Index(Set.copyOf(codes), Map.copyOf(numeric), Map.copyOf(names), Map.copyOf(otherNames), byFolded);
	}

}
