package org.migracap.cooperation.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migracap.cooperation.ObjectiveView;
import org.migracap.cooperation.domain.CommonGround.Finding;
import org.migracap.cooperation.domain.StanceService.StanceView;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the common ground of a group of States with the stances the viewer may see ({@link CommonGround}).
 */
@Service
public class CommonGroundService {

	public static final int MAX_COUNTRIES = 60;

	private final StanceService stances;

	private final ObjectiveCatalogue objectives;

	private final ReferenceApi reference;

	CommonGroundService(StanceService stances, ObjectiveCatalogue objectives, ReferenceApi reference) {
		this.stances = stances;
		this.objectives = objectives;
		this.reference = reference;
	}

	/**
	 * The common ground of a group. {@code hiddenStances} counts stances of these States the viewer may not see (they
	 * are left out of the findings, so that nothing confidential shows through).
	 */
	public record Report(List<String> countries, List<Finding> findings, List<Finding> shared,
			List<Finding> contested, List<Finding> sharedOpposition, List<Finding> open, long hiddenStances,
			Map<String, ObjectiveView> objectives) {

		public ObjectiveView objective(String code) {
			return objectives.get(code);
		}

	}

	@Transactional(readOnly = true)
	public Report report(List<String> iso3s, Optional<CurrentUser> viewer) {
		Set<String> group = new LinkedHashSet<>();
		for (String code : iso3s) {
			String iso3 = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
			if (!iso3.isEmpty()) {
				if (!reference.isCountry(iso3)) {
					throw RuleViolationException.invalid("cooperation.commonGround.error.country", iso3);
				}
				group.add(iso3);
			}
		}
		if (group.size() < 2) {
			throw RuleViolationException.invalid("cooperation.commonGround.error.tooFew");
		}
		if (group.size() > MAX_COUNTRIES) {
			throw RuleViolationException.invalid("cooperation.commonGround.error.tooMany", MAX_COUNTRIES);
		}
		List<String> countries = List.copyOf(group);
		Map<String, Map<String, int[]>> positions = new HashMap<>();
		stances.stancesOf(countries, viewer).forEach((iso3, byCode) -> {
			Map<String, int[]> values = new HashMap<>();
			for (StanceView s : byCode.values()) {
				values.put(s.objectiveCode(), new int[] { s.stance(), s.priority() });
			}
			positions.put(iso3, values);
		});
		List<ObjectiveView> catalogue = objectives.all();
		Map<String, ObjectiveView> byCode = new HashMap<>();
		List<String> codes = new ArrayList<>();
		for (ObjectiveView o : catalogue) {
			byCode.put(o.code(), o);
			codes.add(o.code());
		}
		List<Finding> findings = CommonGround.find(countries, codes, positions);
		return new Report(countries, findings, CommonGround.shared(findings), CommonGround.contested(findings),
				findings.stream().filter(f -> f.standing() == CommonGround.Standing.SHARED_OPPOSITION).toList(),
				findings.stream().filter(f -> f.standing() == CommonGround.Standing.OPEN).toList(),
				stances.hiddenCount(countries, viewer), Map.copyOf(byCode));
	}

}
