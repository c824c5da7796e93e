package org.migracap.assessment.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.domain.Answer;
import org.migracap.assessment.domain.Confidence;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.ResponseView;

/**
 * The form of one answer. Numbers are kept as text so that a wrong value comes back to the user next to its field
 * instead of failing the binding.
 */
public class AnswerForm {

	@Size(max = 20)
	private String version = "";

	@Size(max = 20)
	private String level = "";

	@Size(max = 10)
	private String confidence = "";

	@Size(max = 20)
	private String targetLevel = "";

	@Size(max = 20)
	private String targetYear = "";

	@Size(max = CycleService.MAX_EVIDENCE_TEXT)
	private String evidenceText = "";

	@Size(max = 2000)
	private String evidenceLinks = "";

	@Size(max = CycleService.MAX_COMMENT)
	private String comment = "";

	@Size(max = 40)
	private String area = "";

	public static AnswerForm of(@Nullable ResponseView response) {
		AnswerForm form = new AnswerForm();
		if (response != null) {
			form.version = String.valueOf(response.version());
			form.level = text(response.level());
			form.confidence = response.confidence() == null ? "" : response.confidence().name();
			form.targetLevel = text(response.targetLevel());
			form.targetYear = text(response.targetYear());
			form.evidenceText = response.evidenceText() == null ? "" : response.evidenceText();
			form.evidenceLinks = String.join("\n", response.evidenceLinks());
			form.comment = response.comment() == null ? "" : response.comment();
		}
		return form;
	}

	/** The version the user edited: null when the answer did not exist. */
	@Nullable Long expectedVersion() {
		return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
	}

	/**
	 * The answer.
	 * @throws NumberFormatException naming the field in its message when a number is not one
	 */
	Answer toAnswer() {
		Integer levelValue = number("level", level);
		Integer target = number("targetLevel", targetLevel);
		Integer year = number("targetYear", targetYear);
		Confidence confidenceValue = confidence == null || confidence.isBlank() ? null
				: Confidence.valueOf(confidence.strip());
		List<String> links = evidenceLinks == null ? List.of() : Arrays.asList(evidenceLinks.split("\\s+"));
		return new Answer(levelValue, confidenceValue, target, year, evidenceText, links, comment);
	}

	private static @Nullable Integer number(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new NumberFormatException(field);
		}
	}

	private static String text(@Nullable Integer value) {
		return value == null ? "" : String.valueOf(value);
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getConfidence() {
		return confidence;
	}

	public void setConfidence(String confidence) {
		this.confidence = confidence;
	}

	public String getTargetLevel() {
		return targetLevel;
	}

	public void setTargetLevel(String targetLevel) {
		this.targetLevel = targetLevel;
	}

	public String getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(String targetYear) {
		this.targetYear = targetYear;
	}

	public String getEvidenceText() {
		return evidenceText;
	}

	public void setEvidenceText(String evidenceText) {
		this.evidenceText = evidenceText;
	}

	public String getEvidenceLinks() {
		return evidenceLinks;
	}

	public void setEvidenceLinks(String evidenceLinks) {
		this.evidenceLinks = evidenceLinks;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

}
