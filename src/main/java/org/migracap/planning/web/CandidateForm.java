package org.migracap.planning.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.migracap.planning.domain.CandidateData;
import org.migracap.planning.domain.CandidateDecision;
import org.migracap.planning.domain.CandidateOrigin;
import org.migracap.planning.domain.CandidateView;
import org.migracap.reference.FocusArea;

/**
 * The form for one candidate; countries and dependencies are lists of codes separated by commas.
 */
public class CandidateForm {

	@NotBlank
	@Size(max = 40)
	private String code = "";

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@NotBlank
	@Size(max = 400)
	private String countries = "";

	@NotNull
	private FocusArea area = FocusArea.B;

	@Size(max = 2)
	private String indicatorCode = "";

	@NotNull
	@DecimalMin("0")
	private Double oneOffCost = 0.0;

	@NotNull
	@DecimalMin("0")
	private Double recurrentCost = 0.0;

	@Min(2000)
	@Max(2100)
	private int startYear;

	@Min(1)
	@Max(10)
	private int durationYears = 1;

	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("4")
	private Double uplift = 1.0;

	@Size(max = 400)
	private String dependsOn = "";

	@Size(max = 40)
	private String exclusionGroup = "";

	private CandidateDecision decision = CandidateDecision.FREE;

	private long version;

	static CandidateForm of(CandidateView c) {
		CandidateForm form = new CandidateForm();
		form.code = c.code();
		form.title = c.title();
		form.countries = String.join(", ", c.countries());
		form.area = c.area();
		form.indicatorCode = c.indicatorCode() == null ? "" : c.indicatorCode();
		form.oneOffCost = c.oneOffCost();
		form.recurrentCost = c.recurrentCost();
		form.startYear = c.startYear();
		form.durationYears = c.durationYears();
		form.uplift = c.uplift();
		form.dependsOn = String.join(", ", c.dependsOn());
		form.exclusionGroup = c.exclusionGroup() == null ? "" : c.exclusionGroup();
		form.decision = c.decision();
		form.version = c.version();
		return form;
	}

	CandidateData toData() {
		return new CandidateData(code, title, split(countries), area, indicatorCode.isBlank() ? null : indicatorCode,
				null, null, null, CandidateOrigin.MANUAL, oneOffCost, recurrentCost, startYear, durationYears, uplift,
				split(dependsOn), exclusionGroup.isBlank() ? null : exclusionGroup, decision);
	}

	static List<String> split(String text) {
		return Arrays.stream(text.split("[,;\\s]+"))
			.map(s -> s.trim().toUpperCase(Locale.ROOT))
			.filter(s -> !s.isEmpty())
			.toList();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCountries() {
		return countries;
	}

	public void setCountries(String countries) {
		this.countries = countries;
	}

	public FocusArea getArea() {
		return area;
	}

	public void setArea(FocusArea area) {
		this.area = area;
	}

	public String getIndicatorCode() {
		return indicatorCode;
	}

	public void setIndicatorCode(String indicatorCode) {
		this.indicatorCode = indicatorCode;
	}

	public Double getOneOffCost() {
		return oneOffCost;
	}

	public void setOneOffCost(Double oneOffCost) {
		this.oneOffCost = oneOffCost;
	}

	public Double getRecurrentCost() {
		return recurrentCost;
	}

	public void setRecurrentCost(Double recurrentCost) {
		this.recurrentCost = recurrentCost;
	}

	public int getStartYear() {
		return startYear;
	}

	public void setStartYear(int startYear) {
		this.startYear = startYear;
	}

	public int getDurationYears() {
		return durationYears;
	}

	public void setDurationYears(int durationYears) {
		this.durationYears = durationYears;
	}

	public Double getUplift() {
		return uplift;
	}

	public void setUplift(Double uplift) {
		this.uplift = uplift;
	}

	public String getDependsOn() {
		return dependsOn;
	}

	public void setDependsOn(String dependsOn) {
		this.dependsOn = dependsOn;
	}

	public String getExclusionGroup() {
		return exclusionGroup;
	}

	public void setExclusionGroup(String exclusionGroup) {
		this.exclusionGroup = exclusionGroup;
	}

	public CandidateDecision getDecision() {
		return decision;
	}

	public void setDecision(CandidateDecision decision) {
		this.decision = decision;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}


}
