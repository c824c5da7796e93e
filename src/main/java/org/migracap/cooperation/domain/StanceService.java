package org.migracap.cooperation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.MemberStates;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stances States take on the objectives of the catalogue. Only a State's own focal points state them; who sees a
 * stance depends on the visibility the State chose for it.
 */
@Service
public class StanceService {

	private final Stances stances;

	private final ObjectiveCatalogue objectives;

	private final MemberStates memberStates;

	StanceService(Stances stances, ObjectiveCatalogue objectives, MemberStates memberStates) {
		this.memberStates = memberStates;
		this.stances = stances;
		this.objectives = objectives;
	}

	public record StanceView(long id, String iso3, String objectiveCode, int stance, int priority,
			Confidentiality visibility, @Nullable String note, boolean demo, Instant updatedAt, @Nullable String updatedBy,
			long version) {
	}

	/**
	 * One row of a focal point's form. {@code stance} null withdraws the stance; {@code version} is the version the
	 * user edited, -1 when there was none.
	 */
	public record StanceEntry(String objectiveCode, @Nullable Integer stance, int priority, Confidentiality visibility,
			@Nullable String note, long version) {
	}

	/** The stances of a country that the viewer may see, by objective code. */
	@Transactional(readOnly = true)
	public Map<String, StanceView> stancesOf(String iso3, Optional<CurrentUser> viewer) {
		Map<String, StanceView> visible = new TreeMap<>();
		for (Stance s : stances.findByIso3(iso3.toUpperCase(Locale.ROOT))) {
			if (s.visibility().visibleTo(s.iso3(), viewer, memberStates)) {
				visible.put(s.objectiveCode(), view(s));
			}
		}
		return visible;
	}

	/** The stances of several countries that the viewer may see: country -> objective code -> stance. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, StanceView>> stancesOf(Collection<String> iso3s, Optional<CurrentUser> viewer) {
		Map<String, Map<String, StanceView>> all = new LinkedHashMap<>();
		iso3s.forEach(c -> all.put(c, new HashMap<>()));
		for (Stance s : stances.findByIso3In(iso3s)) {
			if (s.visibility().visibleTo(s.iso3(), viewer, memberStates)) {
				all.get(s.iso3()).put(s.objectiveCode(), view(s));
			}
		}
		return all;
	}

	/** How many stances of these countries exist that the viewer may not see. */
	@Transactional(readOnly = true)
	public long hiddenCount(Collection<String> iso3s, Optional<CurrentUser> viewer) {
		return stances.findByIso3In(iso3s).stream().filter(s -> !s.visibility().visibleTo(s.iso3(), viewer, memberStates)).count();
	}

	/** Countries that have stated at least one stance the viewer may see. */
	@Transactional(readOnly = true)
	public Set<String> countriesWithStances(Optional<CurrentUser> viewer) {
		return stances.findAll()
			.stream()
			.filter(s -> s.visibility().visibleTo(s.iso3(), viewer, memberStates))
			.map(Stance::iso3)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/**
	 * Saves a focal point's stances for its country, all or none.
	 * @throws AccessDeniedException unless the actor is a focal point of {@code iso3}
	 * @throws ConcurrentEditException when somebody changed one of the stances since the actor loaded it
	 */
	@Transactional
	public int save(String iso3, List<StanceEntry> entries, CurrentUser actor) {
		String country = iso3.toUpperCase(Locale.ROOT);
		if (!actor.has(Role.FOCAL_POINT) || !actor.isFocalPointOf(country)) {
			throw new AccessDeniedException("Only the country's focal points state its stances");
		}
		return write(country, entries, actor.username(), false);
	}

	@Transactional
	int stateDemo(String iso3, List<StanceEntry> entries) {
		return write(iso3, entries, "demo", true);
	}

	private int write(String country, List<StanceEntry> entries, String by, boolean demo) {
		Map<String, Stance> existing = stances.findByIso3(country)
			.stream()
			.collect(Collectors.toMap(Stance::objectiveCode, s -> s));
		int changed = 0;
		for (StanceEntry entry : entries) {
			if (objectives.get(entry.objectiveCode()).isEmpty()) {
				throw RuleViolationException.invalid("cooperation.stance.error.objective", entry.objectiveCode());
			}
			Stance stance = existing.get(entry.objectiveCode());
			ConcurrentEditException.check("stance", country + "/" + entry.objectiveCode(), entry.version(),
					stance == null ? -1 : stance.version());
			String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().trim();
			if (entry.stance() == null) {
				if (stance != null) {
					stances.delete(stance);
					changed++;
				}
				continue;
			}
			if (entry.stance() < -2 || entry.stance() > 2 || entry.priority() < 1 || entry.priority() > 3) {
				throw RuleViolationException.invalid("cooperation.stance.error.range", entry.objectiveCode());
			}
			if (note != null && note.length() > 1000) {
				throw RuleViolationException.invalid("cooperation.stance.error.note", entry.objectiveCode());
			}
			if (stance == null) {
				stance = new Stance(country, entry.objectiveCode(), demo);
			}
			else if (stance.same(entry.stance(), entry.priority(), entry.visibility(), note)) {
				continue;
			}
			stance.state(entry.stance(), entry.priority(), entry.visibility(), note, by);
			stances.save(stance);
			changed++;
		}
		stances.flush();
		return changed;
	}

	private static StanceView view(Stance s) {
		return new StanceView(s.id(), s.iso3(), s.objectiveCode(), s.stance(), s.priority(), s.visibility(), s.note(),
				s.demo(), s.updatedAt(), s.updatedBy(), s.version());
	}

}
