package org.migracap.workshop.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;

/** A text in the three IOM languages, as a form field group ({@code title.en}, {@code title.fr}, …). */
public class TextsForm {

	@Size(max = 4000)
	private @Nullable String en;

	@Size(max = 4000)
	private @Nullable String fr;

	@Size(max = 4000)
	private @Nullable String es;

	public static TextsForm of(Text texts) {
		TextsForm form = new TextsForm();
		form.en = texts.en();
		form.fr = texts.fr();
		form.es = texts.es();
		return form;
	}

	public Text toTexts() {
		return Text.of(en, fr, es);
	}

	public @Nullable String get(String language) {
		return toTexts().in(language);
	}

	public @Nullable String getEn() {
		return en;
	}

	public void setEn(@Nullable String en) {
		this.en = en;
	}

	public @Nullable String getFr() {
		return fr;
	}

	public void setFr(@Nullable String fr) {
		this.fr = fr;
	}

	public @Nullable String getEs() {
		return es;
	}

	public void setEs(@Nullable String es) {
		this.es = es;
	}

}
