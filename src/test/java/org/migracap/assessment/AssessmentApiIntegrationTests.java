package org.migracap.assessment;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The contract other modules rely on: the core indicators, and latest scores, history and indicator levels that only
 * ever contain what the viewer may see (demo data: Kenya's 2025 assessment is private, Guatemala's 2022 one private
 * and its 2025 one shared with members).
 */
@MigraCapIntegrationTest
class AssessmentApiIntegrationTests {

	@Autowired
	AssessmentApi api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void coreIndicatorsAreTheSixtyOfTheShippedFileAreaByDimension() throws Exception {
		JsonNode file;
		try (InputStream in = new ClassPathResource("assessment/frameworks/migracap-core-v1.json").getInputStream()) {
			file = JsonMapper.builder().build().readTree(in);
		}
		Map<String, String> questions = new HashMap<>();
		for (JsonNode area : file.get("areas")) {
			for (JsonNode indicator : area.get("indicators")) {
				questions.put(indicator.get("code").asString(), indicator.get("question").get("en").asString());
			}
		}
		List<IndicatorDefinition> indicators = api.coreIndicators();
		assertThat(indicators).hasSize(60);
		for (IndicatorDefinition indicator : indicators) {
			assertThat(indicator.code()).isEqualTo(indicator.area().code() + indicator.dimension().number());
			assertThat(indicator.question()).isEqualTo(questions.get(indicator.code()));
		}
		for (FocusArea area : FocusArea.values()) {
			assertThat(indicators.stream().filter(i -> i.area() == area)).hasSize(6);
		}
	}

	@Test
	void thePublicSeesKenyasLatestPublicAssessmentNotItsPrivateOne() {
		Map<FocusArea, AreaScore> kenya = api.latestAreaScores("KEN", Viewers.PUBLIC);
		assertThat(kenya).isNotEmpty();
		assertThat(kenya.values()).allSatisfy(score -> {
			assertThat(score.year()).isEqualTo(2022);
			assertThat(score.confidentiality()).isEqualTo(Confidentiality.PUBLIC);
		});
		int latestOfAll = jdbc.sql("""
				select max(assessment_year) from assessment.cycle
				where iso3 = 'KEN' and status = 'PUBLISHED' and framework_code = 'MIGRACAP_CORE'""")
			.query(Integer.class)
			.single();
		assertThat(latestOfAll).isGreaterThanOrEqualTo(2025);
		assertThat(api.latestAreaScores("KEN", Viewers.FOCAL_KEN).values()).allSatisfy(score -> {
			assertThat(score.year()).isEqualTo(latestOfAll);
			assertThat(score.confidentiality()).isEqualTo(Confidentiality.PRIVATE);
		});
		assertThat(api.latestAreaScores("KEN", Viewers.FOCAL_GTM).values())
			.allSatisfy(score -> assertThat(score.year()).isEqualTo(2022));
		assertThat(api.latestAreaScores("KEN", Viewers.COORDINATOR).values())
			.allSatisfy(score -> assertThat(score.year()).isEqualTo(latestOfAll));
	}

	@Test
	void noPrivateScoreOfAnotherCountryReachesAFocalPointOrThePublic() {
		assertThat(api.latestAreaScores(Viewers.PUBLIC))
			.allSatisfy(score -> assertThat(score.confidentiality()).isEqualTo(Confidentiality.PUBLIC));
		assertThat(api.latestAreaScores(Viewers.PARTICIPANT))
			.allSatisfy(score -> assertThat(score.confidentiality()).isNotEqualTo(Confidentiality.PRIVATE));
		assertThat(api.latestAreaScores(Viewers.FOCAL_KEN))
			.filteredOn(score -> score.confidentiality() == Confidentiality.PRIVATE)
			.allSatisfy(score -> assertThat(score.iso3()).isEqualTo("KEN"))
			.isNotEmpty();
		// Guatemala's 2025 cycle is shared with members: Kenya's focal point sees it only when Kenya is recorded as an
		// IOM Member State (issue 16 point 5; membership ships empty)
		boolean kenyaMember = jdbc.sql("select count(*) from reference.iom_membership where iso3 = 'KEN' and status = 'MEMBER'")
			.query(Long.class)
			.single() > 0;
		assertThat(api.areaScoreHistory("GTM", Viewers.FOCAL_KEN)).extracting(AreaScore::year)
			.containsOnlyElementsOf(kenyaMember ? List.of(2019, 2025) : List.of(2019))
			.contains(2019);
		assertThat(api.areaScoreHistory("GTM", Viewers.PUBLIC)).extracting(AreaScore::year).containsOnly(2019);
		assertThat(api.areaScoreHistory("GTM", Viewers.FOCAL_GTM)).extracting(AreaScore::year)
			.containsOnly(2019, 2022, 2025);
		List<Long> privateCycles = jdbc.sql("""
				select id from assessment.cycle where confidentiality = 'PRIVATE' and status = 'PUBLISHED'
				and iso3 <> 'KEN'""").query(Long.class).list();
		assertThat(privateCycles).isNotEmpty();
		for (Optional<CurrentUser> viewer : List.of(Viewers.PUBLIC, Viewers.FOCAL_KEN, Viewers.PARTICIPANT)) {
			assertThat(api.latestAreaScores(viewer)).extracting(AreaScore::cycleId).doesNotContainAnyElementsOf(
					privateCycles);
		}
	}

	@Test
	void everyCountryAppearsOnceWithItsLatestVisibleCycle() {
		List<AreaScore> all = api.latestAreaScores(Viewers.COORDINATOR);
		Map<String, Long> cycleOfCountry = new HashMap<>();
		for (AreaScore score : all) {
			Long previous = cycleOfCountry.putIfAbsent(score.iso3(), score.cycleId());
			assertThat(previous == null || previous == score.cycleId()).as(score.iso3()).isTrue();
		}
		Integer latestMexico = jdbc.sql("""
				select max(assessment_year) from assessment.cycle
				where iso3 = 'MEX' and status = 'PUBLISHED' and framework_code = 'MIGRACAP_CORE'""")
			.query(Integer.class)
			.single();
		assertThat(all).filteredOn(s -> s.iso3().equals("MEX")).allSatisfy(s -> assertThat(s.year()).isEqualTo(latestMexico));
		assertThat(cycleOfCountry).containsKeys("KEN", "GTM", "MEX", "MAR", "ESP", "PHL", "SEN", "USA", "SAU", "ARE",
				"ITA", "FRA", "LBY", "NER", "MLI", "TUR", "DEU");
		assertThat(cycleOfCountry.size()).isGreaterThanOrEqualTo(60);
	}

	@Test
	void areaScoresAgreeWithTheIndicatorLevelsBehindThem() {
		for (Optional<CurrentUser> viewer : List.of(Viewers.PUBLIC, Viewers.FOCAL_KEN)) {
			List<IndicatorScore> indicators = api.latestIndicatorScores("KEN", viewer);
			Map<FocusArea, AreaScore> areas = api.latestAreaScores("KEN", viewer);
			assertThat(indicators).isNotEmpty();
			for (FocusArea area : areas.keySet()) {
				List<IndicatorScore> inArea = indicators.stream().filter(i -> i.area() == area).toList();
				double weights = inArea.stream().mapToDouble(IndicatorScore::weight).sum();
				double expected = inArea.stream().mapToDouble(i -> i.weight() * (i.level() - 1) / 4.0 * 100).sum()
						/ weights;
				AreaScore score = areas.get(area);
				assertThat(score.score()).as(area.name()).isCloseTo(expected, within(1e-9));
				assertThat(score.completeness()).isCloseTo(inArea.size() / 6.0, within(1e-9));
				List<IndicatorScore> withTarget = inArea.stream().filter(i -> i.targetLevel() != null).toList();
				double gap = withTarget.isEmpty() ? 0
						: withTarget.stream().mapToInt(i -> Math.max(0, i.targetLevel() - i.level())).sum()
								/ (double) withTarget.size();
				assertThat(score.gap()).isCloseTo(gap, within(1e-9));
				assertThat(inArea).allSatisfy(i -> assertThat(i.cycleId()).isEqualTo(score.cycleId()));
			}
		}
	}

	@Test
	void historyIsOldestFirstAndOnlyPublished() {
		List<AreaScore> history = api.areaScoreHistory("KEN", Viewers.FOCAL_KEN);
		assertThat(history).extracting(AreaScore::year).isSorted().contains(2019, 2022, 2025);
		List<Integer> unpublished = jdbc.sql("""
				select distinct assessment_year from assessment.cycle
				where iso3 = 'KEN' and status <> 'PUBLISHED' and framework_code = 'MIGRACAP_CORE'""")
			.query(Integer.class)
			.list();
		List<Integer> published = jdbc.sql("""
				select distinct assessment_year from assessment.cycle
				where iso3 = 'KEN' and status = 'PUBLISHED' and framework_code = 'MIGRACAP_CORE'""")
			.query(Integer.class)
			.list();
		assertThat(history).extracting(AreaScore::year).containsOnly(published.toArray(Integer[]::new));
		assertThat(unpublished).isNotEmpty().allSatisfy(year -> assertThat(published.contains(year)
				|| history.stream().noneMatch(s -> s.year() == year)).isTrue());
	}

}
