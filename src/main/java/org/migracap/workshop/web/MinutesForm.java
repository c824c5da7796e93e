package org.migracap.workshop.web;

import jakarta.validation.Valid;

/** The minutes as edited: the text in each working language and the version it was loaded at. */
public class MinutesForm {

	@Valid
	private TextsForm text = new TextsForm();

	private long version = -1;

	public TextsForm getText() {
		return text;
	}

	public void setText(TextsForm text) {
		this.text = text;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
