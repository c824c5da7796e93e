package org.migracap.assessment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.assessment.domain.FrameworkStatus;
import org.migracap.assessment.domain.FrameworkView;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Framework versions: the shipped frameworks are published, a published version is immutable, a new version keeps
 * the indicator codes, and a file with problems is refused whole with the place of each problem.
 */
@MigraCapIntegrationTest
class FrameworkIntegrationTests {

	@Autowired
	FrameworkService frameworks;

	@Test
	void theShippedFrameworksArePublishedWithEveryLevelDescribedInThreeLanguages() {
		FrameworkView core = frameworks.currentCore();
		assertThat(core.status()).isIn(FrameworkStatus.PUBLISHED);
		assertThat(core.indicatorCount()).isEqualTo(60);
		for (FrameworkDocument.Indicator indicator : core.indicators()) {
			assertThat(indicator.levels()).extracting(FrameworkDocument.Level::level).containsExactly(1, 2, 3, 4, 5);
			assertThat(indicator.question().fr()).as(indicator.code()).isNotBlank();
			assertThat(indicator.question().es()).as(indicator.code()).isNotBlank();
			for (FrameworkDocument.Level level : indicator.levels()) {
				assertThat(level.text().fr()).as(indicator.code() + " level " + level.level()).isNotBlank();
				assertThat(level.text().es()).as(indicator.code() + " level " + level.level()).isNotBlank();
			}
			assertThat(indicator.levels().stream().map(l -> l.text().en()).distinct()).hasSize(5);
		}
		assertThat(frameworks.currentPublished(FrameworkService.SDG).orElseThrow().indicatorCount()).isEqualTo(7);
		assertThat(frameworks.check(core.document())).isEmpty();
	}

	@Test
	void aPublishedVersionCannotChangeAndANewVersionKeepsTheIndicatorCodes() throws Exception {
		FrameworkView sdg = frameworks.currentPublished(FrameworkService.SDG).orElseThrow();
		assertThatThrownBy(() -> frameworks.updateDraft(sdg.id(), sdg.version(), sdg.document()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("assessment.framework.error.immutable");
		FrameworkView draft = frameworks.newVersion(sdg.id(), "admin");
		try {
			assertThat(draft.status()).isEqualTo(FrameworkStatus.DRAFT);
			assertThat(draft.frameworkVersion()).isGreaterThan(sdg.frameworkVersion());
			assertThat(draft.indicators()).extracting(FrameworkDocument.Indicator::code)
				.containsExactlyElementsOf(sdg.indicators().stream().map(FrameworkDocument.Indicator::code).toList());
			assertThatThrownBy(() -> frameworks.newVersion(sdg.id(), "admin"))
				.hasMessage("assessment.framework.error.draftExists");
			FrameworkDocument changed = new FrameworkDocument(draft.code(), draft.frameworkVersion(), draft.scale(),
					draft.core(), new Text("SDG 10.7.2 (revised)", null, null), draft.description(), draft.areas());
			FrameworkView updated = frameworks.updateDraft(draft.id(), draft.version(), changed);
			assertThat(updated.title().en()).isEqualTo("SDG 10.7.2 (revised)");
			assertThat(frameworks.currentPublished(FrameworkService.SDG).orElseThrow().id())
				.as("a draft is not current").isEqualTo(sdg.id());
		}
		finally {
			FrameworkView current = frameworks.get(draft.id());
			frameworks.deleteDraft(current.id(), current.version());
		}
	}

	@Test
	void aFrameworkFileWithProblemsIsRefusedWholeNamingEachPlace() {
		String json = """
				{"code": "TEST_FW", "version": 1, "scale": "CAPACITY_5", "core": false,
				 "title": {"en": "Test"},
				 "areas": [{"code": "A1", "title": {"en": "Area"}, "indicators": [
				   {"code": "Q1", "weight": 0, "question": {"en": "Q?"}, "gcm": [24], "dac": "99999",
				    "levels": [{"level": 1, "text": {"en": "one"}}, {"level": 7, "text": {"en": "seven"}}]},
				   {"code": "Q1", "weight": 1, "question": {"en": ""}, "levels": []}]}]}""";
		assertThatThrownBy(() -> frameworks.importFile("test.json",
				new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "admin"))
			.isInstanceOfSatisfying(ImportFailedException.class, ex -> {
				List<String> places = ex.report().problems().stream().map(ImportProblem::column).toList();
				assertThat(places).contains("areas[0].indicators[0].weight", "areas[0].indicators[0].gcm",
						"areas[0].indicators[0].dac", "areas[0].indicators[0].levels[1].level",
						"areas[0].indicators[0].levels", "areas[0].indicators[1].code",
						"areas[0].indicators[1].question.en");
			});
		assertThat(frameworks.all()).noneMatch(f -> f.code().equals("TEST_FW"));
		assertThatThrownBy(() -> frameworks.importFile("broken.json",
				new ByteArrayInputStream("{\n\"code\": ".getBytes(StandardCharsets.UTF_8)), "admin"))
			.isInstanceOfSatisfying(ImportFailedException.class,
					ex -> assertThat(ex.report().problems().get(0).messageKey())
						.isEqualTo("assessment.framework.problem.json"));
	}

	@Test
	void anExportedFrameworkImportsAsTheNextDraftVersion() throws Exception {
		FrameworkView core = frameworks.currentCore();
		byte[] exported = frameworks.write(core.document());
		FrameworkView imported = frameworks.importFile("core.json", new ByteArrayInputStream(exported), "admin");
		try {
			assertThat(imported.status()).isEqualTo(FrameworkStatus.DRAFT);
			assertThat(imported.frameworkVersion()).isGreaterThan(core.frameworkVersion());
			assertThat(imported.areas()).isEqualTo(core.areas());
		}
		finally {
			FrameworkView current = frameworks.get(imported.id());
			frameworks.deleteDraft(current.id(), current.version());
		}
	}

}
