package org.migracap.cooperation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.AgreementService.AgreementView;
import org.migracap.cooperation.domain.AgreementService.PartyView;
import org.migracap.cooperation.domain.AgreementStatus;
import org.migracap.cooperation.domain.AgreementType;
import org.migracap.cooperation.domain.PartyKind;
import org.migracap.reference.FocusArea;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The coordinator's form for an agreement and its parties. Blank party rows are ignored.
 */
public class AgreementForm {

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@NotNull
	private AgreementType type = AgreementType.MEMORANDUM_OF_UNDERSTANDING;

	@NotNull
	private AgreementStatus status = AgreementStatus.DRAFT;

	private Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);

	@Size(max = 4000)
	private @Nullable String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate signedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	private boolean confidential;

	@Valid
	private List<PartyRow> parties = new ArrayList<>();

	private long version;

	public static class PartyRow {

		private @Nullable PartyKind kind;

		private @Nullable String iso3;

		@Size(max = 300)
		private @Nullable String name;

		public @Nullable PartyKind getKind() {
			return kind;
		}

		public void setKind(@Nullable PartyKind kind) {
			this.kind = kind;
		}

		public @Nullable String getIso3() {
			return iso3;
		}

		public void setIso3(@Nullable String iso3) {
			this.iso3 = iso3;
		}

		public @Nullable String getName() {
			return name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		boolean blank() {
			return kind == null && (iso3 == null || iso3.isBlank()) && (name == null || name.isBlank());
		}

	}

	static AgreementForm blank() {
		AgreementForm form = new AgreementForm();
		form.padParties(3);
		return form;
	}

	static AgreementForm of(AgreementView a) {
		AgreementForm form = new AgreementForm();
		form.title = a.title();
		form.type = a.type();
		form.status = a.status();
		form.areas = a.areas().isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(a.areas());
		form.description = a.description();
		form.signedOn = a.signedOn();
		form.startsOn = a.startsOn();
		form.endsOn = a.endsOn();
		form.confidential = a.confidential();
		for (PartyView p : a.parties()) {
			PartyRow row = new PartyRow();
			row.kind = p.kind();
			row.iso3 = p.iso3();
			row.name = p.name();
			form.parties.add(row);
		}
		form.padParties(form.parties.size() + 2);
		form.version = a.version();
		return form;
	}

	void padParties(int size) {
		while (parties.size() < size) {
			parties.add(new PartyRow());
		}
	}

	AgreementService.AgreementDraft draft() {
		List<PartyView> rows = new ArrayList<>();
		for (PartyRow row : parties) {
			if (!row.blank()) {
				rows.add(new PartyView(row.kind == null ? PartyKind.STATE : row.kind, row.iso3, row.name));
			}
		}
		return new AgreementService.AgreementDraft(title, type, status, areas == null ? Set.of() : areas, description,
				signedOn, startsOn, endsOn, confidential, rows);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public AgreementType getType() {
		return type;
	}

	public void setType(AgreementType type) {
		this.type = type;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public Set<FocusArea> getAreas() {
		return areas;
	}

	public void setAreas(Set<FocusArea> areas) {
		this.areas = areas;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public @Nullable LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public boolean isConfidential() {
		return confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public List<PartyRow> getParties() {
		return parties;
	}

	public void setParties(List<PartyRow> parties) {
		this.parties = parties;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
