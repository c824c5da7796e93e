package org.migracap.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FormErrors}: a rule violation lands next to the field its key names (or above the form) with its arguments, a
 * concurrent edit above the form with the changes since the edited version and the current version handed back, and
 * nothing is rejected when the action succeeds.
 */
class FormErrorsTests {

	public static class Form {

		private String title = "";

		private long version;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	private static final EditHistory.Change CHANGE = new EditHistory.Change("title", "Old", "New");

	private final FormErrors errors;

	FormErrorsTests() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("history", (EditHistory) conflict -> List.of(CHANGE));
		this.errors = new FormErrors(beans.getBeanProvider(EditHistory.class));
	}

	@Test
	void aRuleViolationLandsNextToTheFieldItsKeyNamesWithItsArguments() {
		Form form = new Form();
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		Optional<Long> id = errors.attempt(result, new ExtendedModelMap())
			.fields(Map.of("workshop.error", "version", "workshop.error.textMissing", "title"))
			.<Long>call(() -> {
				throw RuleViolationException.invalid("workshop.error.textMissing.en", 3);
			});
		assertThat(id).isEmpty();
		assertThat(result.getFieldError("title")).isNotNull();
		assertThat(result.getFieldError("title").getCode()).isEqualTo("workshop.error.textMissing.en");
		assertThat(result.getFieldError("title").getArguments()).containsExactly(3);
		assertThat(result.getFieldErrors("version")).isEmpty();
		assertThat(result.getGlobalErrors()).isEmpty();
	}

	@Test
	void aRuleViolationOfNoMappedKeyLandsAboveTheForm() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		boolean ran = errors.attempt(result, new ExtendedModelMap()).run(() -> {
			throw RuleViolationException.conflict("workshop.error.publishFirst");
		});
		assertThat(ran).isFalse();
		assertThat(result.getGlobalError().getCode()).isEqualTo("workshop.error.publishFirst");
	}

	@Test
	void aConcurrentEditLandsAboveTheFormWithTheChangesAndTheCurrentVersion() {
		Form form = new Form();
		form.setVersion(2);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		ExtendedModelMap model = new ExtendedModelMap();
		boolean ran = errors.attempt(result, model).onConflict(form::setVersion).run(() -> {
			ConcurrentEditException.check("workshop", 7, form.getVersion(), 5);
		});
		assertThat(ran).isFalse();
		assertThat(result.getGlobalError().getCode()).isEqualTo(FormErrors.CONFLICT_KEY);
		assertThat(model.get("changes")).isEqualTo(List.of(CHANGE));
		assertThat(form.getVersion()).isEqualTo(5);
	}

	@Test
	void aSuccessfulActionGivesItsResultAndRejectsNothingWhileAFormWithErrorsDoesNotRun() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		assertThat(errors.attempt(result, new ExtendedModelMap()).call(() -> 42L)).contains(42L);
		assertThat(result.hasErrors()).isFalse();
		result.rejectValue("title", "NotBlank");
		AtomicLong calls = new AtomicLong();
		assertThat(errors.attempt(result, new ExtendedModelMap()).call(calls::incrementAndGet)).isEmpty();
		assertThat(calls.get()).isZero();
	}

	@Test
	void aButtonsRuleViolationGoesToTheFlashWithItsArguments() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		assertThat(FormErrors.flash(redirect, () -> {
			throw RuleViolationException.invalid("workshop.ballot.error.tooManyOptions", 20);
		}, "common.updated")).isFalse();
		assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo("workshop.ballot.error.tooManyOptions");
		assertThat(redirect.getFlashAttributes().containsKey("flashSuccess")).isFalse();
		assertThat((Object[]) redirect.getFlashAttributes().get("flashArgs")).containsExactly(20);
		RedirectAttributesModelMap ok = new RedirectAttributesModelMap();
		assertThat(FormErrors.flash(ok, () -> {
		}, "common.updated")).isTrue();
		assertThat(ok.getFlashAttributes().get("flashSuccess")).isEqualTo("common.updated");
	}

	@Test
	void aConcurrentEditCanNameItsOwnMessageWithArgumentsAndARuleViolationIsToldAfterItWasRejected() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		assertThat(errors.attempt(result, new ExtendedModelMap())
			.conflictKey("mobility.relevance.error.concurrent", ex -> new Object[] { ex.id() })
			.run(() -> ConcurrentEditException.check("relevance", "HEALTH", 1, 2))).isFalse();
		assertThat(result.getGlobalError().getCode()).isEqualTo("mobility.relevance.error.concurrent");
		assertThat(result.getGlobalError().getArguments()).containsExactly("HEALTH");
		BindingResult invalid = new BeanPropertyBindingResult(new Form(), "form");
		AtomicLong told = new AtomicLong();
		assertThat(errors.attempt(invalid, new ExtendedModelMap())
			.onRuleViolation(ex -> told.set(ex.status().value()))
			.run(() -> {
				throw RuleViolationException.invalid("programme.error.dates");
			})).isFalse();
		assertThat(invalid.getGlobalError().getCode()).isEqualTo("programme.error.dates");
		assertThat(told.get()).isEqualTo(422);
	}

	@Test
	void aButtonsConcurrentEditGoesToTheFlashAsTheConflictKeyWhenOneIsGiven() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		assertThat(FormErrors.flash(redirect, () -> ConcurrentEditException.check("route", 3, 1, 2), "common.updated",
				FormErrors.CONFLICT_KEY)).isFalse();
		assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo(FormErrors.CONFLICT_KEY);
		assertThat(redirect.getFlashAttributes().containsKey("flashArgs")).isFalse();
		assertThat(redirect.getFlashAttributes().containsKey("flashSuccess")).isFalse();
	}

	@Test
	void aRefusedActionOfAPageIsShownOnThePageWithTheRulesStatus() {
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();
		Optional<String> made = errors.onPage(model, response, () -> {
			throw RuleViolationException.invalid("token.error.name", 80);
		});
		assertThat(made).isEmpty();
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(model.get("actionError")).isEqualTo("token.error.name");
		assertThat((Object[]) model.get("actionErrorArgs")).containsExactly(80);
		assertThat(model.containsAttribute("changes")).isFalse();
	}

	@Test
	void aConcurrentEditOfAPageActionAnswers409WithTheChanges() {
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();
		Runnable edit = () -> {
			throw new ConcurrentEditException("budget line", 4L, 1, 2, Form.class, 4L);
		};
		boolean ran = errors.onPage(model, response, edit);
		assertThat(ran).isFalse();
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(model.get("actionError")).isEqualTo(FormErrors.CONFLICT_KEY);
		assertThat(model.get("changes")).isEqualTo(List.of(CHANGE));
	}

	@Test
	void aPageActionThatRunsLeavesThePageAlone() {
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(errors.onPage(model, response, () -> "made")).contains("made");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(model).isEmpty();
	}

	@Test
	void onlyTheCheckedFieldsStopASaveOfPartOfAForm() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		result.rejectValue("version", "typeMismatch");
		AtomicLong saved = new AtomicLong();
		assertThat(errors.attempt(result, new ExtendedModelMap()).checking("title").run(saved::incrementAndGet))
			.isTrue();
		assertThat(errors.attempt(result, new ExtendedModelMap()).checking("version").run(saved::incrementAndGet))
			.isFalse();
		assertThat(errors.attempt(result, new ExtendedModelMap()).run(saved::incrementAndGet)).isFalse();
		assertThat(saved).hasValue(1);
	}

	@Test
	void aRuleMappedToNoFieldLandsAboveTheForm() {
		BindingResult result = new BeanPropertyBindingResult(new Form(), "form");
		errors.attempt(result, new ExtendedModelMap()).fields(Map.of("", "title", "account.link.", "")).run(() -> {
			throw RuleViolationException.invalid("account.link.expired");
		});
		assertThat(result.getFieldErrors()).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("account.link.expired");
	}

}
