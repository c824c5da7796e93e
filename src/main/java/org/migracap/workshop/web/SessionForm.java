package org.migracap.workshop.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.migracap.workshop.domain.AgendaService;
import org.migracap.workshop.domain.SessionKind;

/** An agenda session as the facilitator edits it. */
public class SessionForm {

	@NotNull
	private SessionKind kind = SessionKind.PANEL;

	@Valid
	private TextsForm title = new TextsForm();

	@Valid
	private TextsForm description = new TextsForm();

	private List<Long> speakerIds = new ArrayList<>();

	@Min(1)
	@Max(100000)
	private int audience = 30;

	private boolean needsInterpretation;

	private long version;

	static SessionForm of(AgendaService.SessionView s) {
		SessionForm form = new SessionForm();
		form.kind = s.kind();
		form.title = TextsForm.of(s.titles());
		form.description = TextsForm.of(s.descriptions());
		form.speakerIds = new ArrayList<>(s.speakerIds());
		form.audience = s.audience();
		form.needsInterpretation = s.needsInterpretation();
		form.version = s.version();
		return form;
	}

	AgendaService.SessionCommand toCommand() {
		return new AgendaService.SessionCommand(kind, title.toTexts(), description.toTexts(), speakerIds, audience,
				needsInterpretation);
	}

	public SessionKind getKind() {
		return kind;
	}

	public void setKind(SessionKind kind) {
		this.kind = kind;
	}

	public TextsForm getTitle() {
		return title;
	}

	public void setTitle(TextsForm title) {
		this.title = title;
	}

	public TextsForm getDescription() {
		return description;
	}

	public void setDescription(TextsForm description) {
		this.description = description;
	}

	public List<Long> getSpeakerIds() {
		return speakerIds;
	}

	public void setSpeakerIds(List<Long> speakerIds) {
		this.speakerIds = speakerIds;
	}

	public int getAudience() {
		return audience;
	}

	public void setAudience(int audience) {
		this.audience = audience;
	}

	public boolean isNeedsInterpretation() {
		return needsInterpretation;
	}

	public void setNeedsInterpretation(boolean needsInterpretation) {
		this.needsInterpretation = needsInterpretation;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
