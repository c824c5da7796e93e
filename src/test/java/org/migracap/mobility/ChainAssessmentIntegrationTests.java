package org.migracap.mobility;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.mobility.domain.ChainOfMovement;
import org.migracap.mobility.domain.ChainService;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain analysis takes the latest published assessment scores each viewer may see from {@link AssessmentApi}:
 * Kenya's private 2025 cycle (demo) counts for IOM staff and Kenya's focal point, its public 2022 cycle for everybody
 * else; publishing an assessment clears the cached results.
 */
@MigraCapIntegrationTest
class ChainAssessmentIntegrationTests {

	static final Optional<CurrentUser> PUBLIC = Optional.empty();

	static final Optional<CurrentUser> FOCAL_GTM = Optional
		.of(new CurrentUser(6, "focal.gtm", "Guatemala", Set.of(Role.FOCAL_POINT), "GTM"));

	static final Optional<CurrentUser> FOCAL_KEN = Optional
		.of(new CurrentUser(5, "focal.ken", "Kenya", Set.of(Role.FOCAL_POINT), "KEN"));

	static final Optional<CurrentUser> STAFF = Optional
		.of(new CurrentUser(2, "coordinator", "Coordinator", Set.of(Role.COORDINATOR), null));

	@Autowired
	AssessmentApi assessments;

	@Autowired
	ChainService chain;

	@Autowired
	MobilityApi mobility;

	@Autowired
	JdbcClient jdbc;

	long kenyaRoute() {
		return mobility.routes().stream().filter(r -> r.name().equals("Kenya - United Kingdom (demo)")).findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void eachViewerGetsTheAnalysisOfTheScoresItMaySee() {
		long route = kenyaRoute();
		for (Optional<CurrentUser> viewer : java.util.List.of(PUBLIC, FOCAL_GTM, FOCAL_KEN, STAFF)) {
			Map<FocusArea, AreaScore> visible = assessments.latestAreaScores("KEN", viewer);
			for (FocusArea area : FocusArea.values()) {
				ChainOfMovement.Link kenya = chain.routeLinks(route, area, viewer)
					.stream()
					.filter(l -> l.iso3().equals("KEN"))
					.findFirst()
					.orElse(null);
				AreaScore expected = visible.get(area);
				if (expected == null || kenya == null) {
					continue;
				}
				assertThat(kenya.score()).as(viewer.map(CurrentUser::username).orElse("public") + " " + area)
					.isEqualTo(expected.score());
			}
		}
		assertThat(assessments.latestAreaScores("KEN", STAFF).values()).allMatch(s -> s.year() == 2025);
		assertThat(assessments.latestAreaScores("KEN", FOCAL_GTM).values())
			.allMatch(s -> s.confidentiality() != Confidentiality.PRIVATE);
		Map<FocusArea, AreaScore> privateScores = assessments.latestAreaScores("KEN", STAFF);
		Map<FocusArea, AreaScore> publicScores = assessments.latestAreaScores("KEN", PUBLIC);
		assertThat(privateScores.keySet()).as("the private cycle makes a difference somewhere")
			.anyMatch(area -> publicScores.get(area) == null
					|| publicScores.get(area).score() != privateScores.get(area).score());
	}

	/**
	 * The analysis is keyed with the stamp of the scores, which every publication raises in its transaction (on
	 * whichever instance it happens): the next read analyses again, with no event to wait for.
	 */
	@Test
	void aRaisedScoreStampClearsTheCachedAnalysis() {
		ChainService.Analysis before = chain.analysis(PUBLIC);
		assertThat(chain.analysis(PUBLIC)).isSameAs(before);
		long stamp = assessments.dataStamp();
		jdbc.sql("update assessment.score_stamp set stamp = stamp + 1 where id = 1").update();
		assertThat(assessments.dataStamp()).isEqualTo(stamp + 1);
		assertThat(chain.analysis(PUBLIC)).isNotSameAs(before);
		assertThat(chain.analysis(PUBLIC).result().all()).hasSameSizeAs(before.result().all());
	}

}
