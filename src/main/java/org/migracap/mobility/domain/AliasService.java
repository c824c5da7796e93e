package org.migracap.mobility.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alias table: names and codes of data files mapped to ISO countries or excluded with a reason. Shipped aliases
 * are seeded at start-up; administrators add and change aliases, and their changes are never overwritten.
 */
@Service
public class AliasService {

	private final CountryAliases aliases;

	private final CountryResolver resolver;

	private final ReferenceApi reference;

	AliasService(CountryAliases aliases, CountryResolver resolver, ReferenceApi reference) {
		this.aliases = aliases;
		this.resolver = resolver;
		this.reference = reference;
	}

	public record AliasRecord(long id, String alias, AliasAction action, @Nullable String iso3,
			@Nullable ExclusionReason reason, @Nullable String note, String origin, boolean shipped, long version) {
	}

	public record AliasChange(String alias, AliasAction action, @Nullable String iso3, @Nullable ExclusionReason reason,
			@Nullable String note) {
	}

	record ShippedAlias(String alias, AliasAction action, @Nullable String iso3, @Nullable ExclusionReason reason,
			@Nullable String note, String origin) {
	}

	@Transactional(readOnly = true)
	public List<AliasRecord> list(@Nullable String query) {
		String needle = query == null ? "" : CountryNames.fold(query);
		return aliases.findAll()
			.stream()
			.filter(a -> needle.isEmpty() || a.folded().contains(needle)
					|| (a.iso3() != null && a.iso3().equalsIgnoreCase(needle)))
			.sorted(Comparator.comparing(CountryAlias::folded))
			.map(AliasService::record)
			.toList();
	}

	@Transactional(readOnly = true)
	public AliasRecord get(long id) {
		return record(find(id));
	}

	@Transactional
	public AliasRecord create(AliasChange change) {
		CountryAlias alias = new CountryAlias(check(change, null), CountryAlias.ADMINISTRATOR);
		apply(alias, change);
		return record(aliases.save(alias));
	}

	@Transactional
	public AliasRecord update(long id, long version, AliasChange change) {
		CountryAlias alias = find(id);
		ConcurrentEditException.check("alias", id, version, alias.version());
		alias.rename(check(change, id));
		apply(alias, change);
		alias.editedBy(CountryAlias.ADMINISTRATOR);
		return record(aliases.save(alias));
	}

	@Transactional
	public void delete(long id, long version) {
		CountryAlias alias = find(id);
		ConcurrentEditException.check("alias", id, version, alias.version());
		aliases.delete(alias);
	}

	/**
	 * Adds the shipped aliases that are missing and brings shipped ones up to date; an alias an administrator created
	 * or changed is left as it is. Names that already are ISO codes or names are skipped.
	 */
	@Transactional
	void seed(List<ShippedAlias> shipped) {
		CountryResolver.Index index = resolver.index();
		Map<String, CountryAlias> existing = new HashMap<>();
		aliases.findAll().forEach(a -> existing.put(a.folded(), a));
		for (ShippedAlias s : shipped) {
			if (index.isIsoCodeOrName(s.alias())) {
				continue;
			}
			String folded = CountryNames.fold(s.alias());
			CountryAlias alias = existing.get(folded);
			if (alias == null) {
				alias = new CountryAlias(s.alias(), s.origin());
				existing.put(folded, alias);
			}
			else if (!alias.shipped() || same(alias, s)) {
				continue;
			}
			if (s.action() == AliasAction.MAP) {
				alias.mapTo(Objects.requireNonNull(s.iso3()), s.note());
			}
			else {
				alias.exclude(Objects.requireNonNull(s.reason()), s.note());
			}
			alias.editedBy(s.origin());
			aliases.save(alias);
		}
	}

	private static boolean same(CountryAlias alias, ShippedAlias s) {
		return alias.action() == s.action() && Objects.equals(alias.iso3(), s.iso3())
				&& Objects.equals(alias.reason(), s.reason()) && Objects.equals(alias.note(), s.note());
	}

	private String check(AliasChange change, @Nullable Long id) {
		String text = change.alias().trim();
		if (text.isEmpty() || CountryNames.fold(text).isEmpty()) {
			throw RuleViolationException.invalid("mobility.alias.error.blank");
		}
		if (resolver.index().isIsoCodeOrName(text)) {
			throw RuleViolationException.invalid("mobility.alias.error.isIso", text);
		}
		aliases.findByFolded(CountryNames.fold(text))
			.filter(other -> id == null || other.id() != id)
			.ifPresent(other -> {
				throw RuleViolationException.conflict("mobility.alias.error.duplicate", other.alias());
			});
		if (change.action() == AliasAction.MAP
				&& (change.iso3() == null || !reference.isCountry(change.iso3().toUpperCase(Locale.ROOT)))) {
			throw RuleViolationException.invalid("mobility.alias.error.country");
		}
		if (change.action() == AliasAction.EXCLUDE && change.reason() == null) {
			throw RuleViolationException.invalid("mobility.alias.error.reason");
		}
		return text;
	}

	private static void apply(CountryAlias alias, AliasChange change) {
		String note = change.note() == null || change.note().isBlank() ? null : change.note().trim();
		if (change.action() == AliasAction.MAP) {
			alias.mapTo(Objects.requireNonNull(change.iso3()).toUpperCase(Locale.ROOT), note);
		}
		else {
			alias.exclude(Objects.requireNonNull(change.reason()), note);
		}
	}

	private CountryAlias find(long id) {
		return aliases.findById(id).orElseThrow(() -> NotFoundException.of("alias", id));
	}

	private static AliasRecord record(CountryAlias a) {
		return new AliasRecord(a.id(), a.alias(), a.action(), a.iso3(), a.reason(), a.note(), a.origin(), a.shipped(),
				a.version());
	}

}
