package org.migracap.assessment.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.assessment.domain.RatingScale;
import org.migracap.assessment.domain.ResponseView;
import org.migracap.identity.IdentityApi;

/**
 * One indicator on the cycle page: the question and its level descriptors, the answer as saved, and the form as the
 * user last sent it (with the problem next to the field, or the changes somebody else made meanwhile).
 */
public record AnswerCard(long cycleId, FrameworkDocument.Area area, FrameworkDocument.Indicator indicator,
		RatingScale scale, @Nullable ResponseView response, AnswerForm form, boolean editable, boolean reviewable,
		@Nullable String errorField, @Nullable String errorKey, Object[] errorArgs, boolean saved,
		List<IdentityApi.FieldChange> changes) {

	static AnswerCard of(long cycleId, FrameworkDocument.Area area, FrameworkDocument.Indicator indicator,
			RatingScale scale, @Nullable ResponseView response, boolean editable, boolean reviewable) {
		return new AnswerCard(cycleId, area, indicator, scale, response, AnswerForm.of(response), editable,
				reviewable, null, null, new Object[0], false, List.of());
	}

	AnswerCard withError(AnswerForm form, String field, String key, Object... args) {
		return new AnswerCard(cycleId, area, indicator, scale, response, form, editable, reviewable, field, key, args,
				false, changes);
	}

	AnswerCard withConflict(AnswerForm form, List<IdentityApi.FieldChange> changes) {
		AnswerForm current = AnswerForm.of(response);
		current.setArea(form.getArea());
		return new AnswerCard(cycleId, area, indicator, scale, response, current, editable, reviewable, "",
				"assessment.answer.error.conflict", new Object[0], false, changes);
	}

	AnswerCard asSaved() {
		return new AnswerCard(cycleId, area, indicator, scale, response, form, editable, reviewable, null, null,
				new Object[0], true, List.of());
	}

	public String code() {
		return indicator.code();
	}

	public boolean answered() {
		return response != null && response.level() != null;
	}

	public boolean hasError(String field) {
		return field.equals(errorField);
	}

	public FrameworkDocument.@Nullable Level chosenLevel() {
		return response == null || response.level() == null ? null
				: indicator.level(response.level()).orElse(null);
	}

	public List<Integer> levelNumbers() {
		return java.util.stream.IntStream.rangeClosed(1, scale.levels()).boxed().toList();
	}

	/** Id prefix of the card's form controls. */
	public String id(String field) {
		return "a-" + indicator.code() + "-" + field;
	}

}
