package org.migracap.workshop.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.migracap.workshop.domain.QuestionKind;
import org.migracap.workshop.domain.ShownWhen;

/** A question added to a workshop's registration form. */
public class QuestionForm {

	@Valid
	private TextsForm label = new TextsForm();

	@NotNull
	private QuestionKind kind = QuestionKind.TEXT;

	private boolean required;

	@NotNull
	private ShownWhen shownWhen = ShownWhen.ALWAYS;

	public TextsForm getLabel() {
		return label;
	}

	public void setLabel(TextsForm label) {
		this.label = label;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public ShownWhen getShownWhen() {
		return shownWhen;
	}

	public void setShownWhen(ShownWhen shownWhen) {
		this.shownWhen = shownWhen;
	}

}
