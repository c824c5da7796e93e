package org.migracap.library;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.AreaScore;
import org.migracap.assessment.AssessmentApi;
import org.migracap.library.domain.Comparisons;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer approaches and comparisons use the assessed scores the viewer may see: the peers of a country in an area are
 * the countries that score at least 60 and more than it there, best first, each with its documents in that area;
 * Kenya's private 2025 assessment counts for Kenya's focal point and stays out of the public's view.
 */
@MigraCapIntegrationTest
class LibraryPeersIntegrationTests {

	@Autowired
	Comparisons comparisons;

	@Autowired
	AssessmentApi assessments;

	static final Optional<CurrentUser> KENYA = Optional
		.of(new CurrentUser(999, "focal", "Focal", Set.of(Role.FOCAL_POINT), "KEN"));

	@Test
	void peersAreTheCountriesThatScoreWellInTheAreaBestFirst() {
		for (FocusArea area : List.of(FocusArea.D, FocusArea.B)) {
			Comparisons.PeerApproaches peers = comparisons.peers("KEN", area, Optional.empty());
			List<AreaScore> inArea = assessments.latestAreaScores(Optional.empty())
				.stream()
				.filter(s -> s.area() == area)
				.toList();
			double own = inArea.stream().filter(s -> s.iso3().equals("KEN")).mapToDouble(AreaScore::score)
				.findFirst()
				.orElse(0);
			List<String> expected = inArea.stream()
				.filter(s -> !s.iso3().equals("KEN") && s.score() >= Math.max(60, own) && s.score() > own)
				.sorted(Comparator.comparingDouble(AreaScore::score).reversed())
				.limit(Comparisons.MAX_PEERS)
				.map(AreaScore::iso3)
				.toList();
			assertThat(peers.scoresAvailable()).isTrue();
			assertThat(peers.peers()).extracting(p -> p.country().iso3()).containsExactlyElementsOf(expected);
			assertThat(peers.peers()).allSatisfy(p -> assertThat(p.documents())
				.allSatisfy(d -> assertThat(d.areas()).contains(area)));
		}
	}

	@Test
	void kenyasPrivateAssessmentCountsOnlyForKenya() {
		Comparisons.PeerApproaches forPublic = comparisons.peers("KEN", FocusArea.D, Optional.empty());
		Comparisons.PeerApproaches forKenya = comparisons.peers("KEN", FocusArea.D, KENYA);
		assertThat(forPublic.own()).isNotNull();
		assertThat(forKenya.own()).isNotNull();
		assertThat(forPublic.own().year()).isEqualTo(2022);
		assertThat(forKenya.own().year()).isEqualTo(2025);
		Comparisons.Comparison compared = comparisons.compare(FocusArea.D, List.of("KEN"), Optional.empty());
		assertThat(compared.columns().get(0).areaScore().year()).isEqualTo(2022);
		assertThat(compared.columns().get(0).indicators()).isNotEmpty()
			.allSatisfy((code, score) -> assertThat(score.year()).isEqualTo(2022));
		assertThat(compared.indicatorCodes()).allSatisfy(code -> assertThat(code).startsWith("D"));
	}

}
