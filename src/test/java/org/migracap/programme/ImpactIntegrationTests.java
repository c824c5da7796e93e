package org.migracap.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.programme.domain.DifferenceInDifferences;
import org.migracap.programme.domain.ImpactService;
import org.migracap.programme.domain.ProgrammeViews;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The impact estimate on the demo data, recomputed here straight from the assessment module's published scores: the
 * Philippines' pre-departure programme (area D, started two years ago) against the countries of its region or income
 * group that no programme treats in area D. Also: the public estimate uses public scores only.
 */
@MigraCapIntegrationTest
class ImpactIntegrationTests {

	@Autowired
	ImpactService impact;

	@Autowired
	AssessmentApi assessment;

	@Autowired
	ReferenceApi reference;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	CurrentUser coordinator() {
		UserSummary u = identity.user("coordinator").orElseThrow();
		return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.countryCode());
	}

	Optional<Double> score(String iso3, int startYear, boolean before, Optional<CurrentUser> viewer) {
		return assessment.areaScoreHistory(iso3, viewer)
			.stream()
			.filter(s -> s.area() == FocusArea.D && (before ? s.year() <= startYear : s.year() > startYear))
			.max(Comparator.comparingInt(AreaScore::year))
			.map(AreaScore::score);
	}

	@Test
	void theEstimateMatchesTheTreatedChangeMinusTheMeanChangeOfComparableCountries() {
		long id = jdbc.sql("select id from programme.programme where title like 'Pre-departure orientation%'")
			.query(Long.class).single();
		Optional<CurrentUser> viewer = Optional.of(coordinator());
		ProgrammeViews.Impact found = impact.impact(id, "either", viewer);
		int start = found.startYear();
		List<String> treatedInD = jdbc.sql("select countries from programme.programme where areas like '%D%' and status <> 5")
			.query(String.class).list().stream().flatMap(c -> List.of(c.split(",")).stream()).toList();
		CountryView philippines = reference.getCountry("PHL");
		List<Double> controlChanges = new ArrayList<>();
		for (CountryView other : reference.countries()) {
			boolean comparable = !other.iso3().equals("PHL") && (philippines.regionCode().equals(other.regionCode())
					|| philippines.incomeGroup() == other.incomeGroup());
			if (!comparable || treatedInD.contains(other.iso3())) {
				continue;
			}
			Optional<Double> before = score(other.iso3(), start, true, viewer);
			Optional<Double> after = score(other.iso3(), start, false, viewer);
			if (before.isPresent() && after.isPresent()) {
				controlChanges.add(after.get() - before.get());
			}
		}
		double treated = score("PHL", start, false, viewer).orElseThrow() - score("PHL", start, true, viewer).orElseThrow();
		double expected = treated - controlChanges.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

		DifferenceInDifferences.PairResult pair = found.result().pairs().get(0);
		assertThat(found.dataAvailable()).isTrue();
		assertThat(pair.iso3()).isEqualTo("PHL");
		assertThat(pair.controls()).isEqualTo(controlChanges.size()).isPositive();
		assertThat(pair.did()).isCloseTo(expected, within(1e-9));
		assertThat(found.result().estimate()).isCloseTo(expected, within(1e-9));
	}

	@Test
	void thePublicEstimateIgnoresConfidentialScores() {
		long kenya = jdbc.sql("select id from programme.programme where title like 'Kenya diaspora%'")
			.query(Long.class).single();
		ProgrammeViews.Impact asStaff = impact.impact(kenya, "either", Optional.of(coordinator()));
		ProgrammeViews.Impact asPublic = impact.impact(kenya, "either", Optional.empty());
		DifferenceInDifferences.PairResult staff = asStaff.result().pairs().get(0);
		DifferenceInDifferences.PairResult open = asPublic.result().pairs().get(0);
		// Kenya's 2025 assessment is confidential: IOM staff see it as the score before the start, the public does not.
		assertThat(staff.beforeYear()).isEqualTo(2025);
		assertThat(open.beforeYear()).isNotEqualTo(2025);
	}

}
