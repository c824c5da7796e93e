package org.migracap.assessment.web;

import java.time.LocalDate;
import java.time.Year;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.platform.Confidentiality;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that starts an assessment cycle.
 */
public class NewCycleForm {

	@NotBlank
	@Size(max = 3)
	private String iso3 = "";

	@NotBlank
	@Size(max = 40)
	private String frameworkCode = FrameworkService.CORE;

	@NotNull
	private CycleKind kind = CycleKind.SELF;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year = Year.now().getValue();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate periodEnd;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dueDate;

	@NotNull
	private Confidentiality confidentiality = Confidentiality.PRIVATE;

	public String getIso3() {
		return iso3;
	}

	public void setIso3(String iso3) {
		this.iso3 = iso3;
	}

	public String getFrameworkCode() {
		return frameworkCode;
	}

	public void setFrameworkCode(String frameworkCode) {
		this.frameworkCode = frameworkCode;
	}

	public CycleKind getKind() {
		return kind;
	}

	public void setKind(CycleKind kind) {
		this.kind = kind;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public @Nullable LocalDate getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(@Nullable LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public @Nullable LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(@Nullable LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public @Nullable LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(@Nullable LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public Confidentiality getConfidentiality() {
		return confidentiality;
	}

	public void setConfidentiality(Confidentiality confidentiality) {
		this.confidentiality = confidentiality;
	}

}
