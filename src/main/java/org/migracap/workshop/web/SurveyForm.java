package org.migracap.workshop.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.workshop.domain.SurveyService;

/** The participants' evaluation: five ratings from 1 to 5 and a comment. */
public class SurveyForm {

	@NotNull
	@Min(1)
	@Max(5)
	private @Nullable Integer relevance;

	@NotNull
	@Min(1)
	@Max(5)
	private @Nullable Integer material;

	@NotNull
	@Min(1)
	@Max(5)
	private @Nullable Integer facilitation;

	@NotNull
	@Min(1)
	@Max(5)
	private @Nullable Integer voting;

	@NotNull
	@Min(1)
	@Max(5)
	private @Nullable Integer overall;

	@Size(max = 2000)
	private @Nullable String comment;

	SurveyService.SurveyCommand toCommand() {
		return new SurveyService.SurveyCommand(relevance, material, facilitation, voting, overall, comment);
	}

	public @Nullable Integer getRelevance() {
		return relevance;
	}

	public void setRelevance(@Nullable Integer relevance) {
		this.relevance = relevance;
	}

	public @Nullable Integer getMaterial() {
		return material;
	}

	public void setMaterial(@Nullable Integer material) {
		this.material = material;
	}

	public @Nullable Integer getFacilitation() {
		return facilitation;
	}

	public void setFacilitation(@Nullable Integer facilitation) {
		this.facilitation = facilitation;
	}

	public @Nullable Integer getVoting() {
		return voting;
	}

	public void setVoting(@Nullable Integer voting) {
		this.voting = voting;
	}

	public @Nullable Integer getOverall() {
		return overall;
	}

	public void setOverall(@Nullable Integer overall) {
		this.overall = overall;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment;
	}

}
