package org.migracap.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.CapacityDimension;
import org.migracap.assessment.domain.FrameworkDocument;
import org.migracap.platform.Text;

/**
 * The form that edits one indicator of a draft framework: texts in three languages, weight, crosswalk tags and one
 * descriptor per level.
 */
public class IndicatorForm {

	private long version;

	private String dimension = "";

	private String weight = "1";

	private TextForm question = new TextForm();

	private TextForm guidance = new TextForm();

	private TextForm evidence = new TextForm();

	private String gcm = "";

	private String sdgDomain = "";

	private String dac = "";

	private List<TextForm> levels = new ArrayList<>();

	/** A text in English, French and Spanish. */
	public static class TextForm {

		private String en = "";

		private String fr = "";

		private String es = "";

		static TextForm of(@Nullable Text text) {
			TextForm form = new TextForm();
			if (text != null) {
				form.en = Objects.requireNonNullElse(text.en(), "");
				form.fr = Objects.requireNonNullElse(text.fr(), "");
				form.es = Objects.requireNonNullElse(text.es(), "");
			}
			return form;
		}

		@Nullable Text toText() {
			return en == null || en.isBlank() ? null : new Text(en, fr, es);
		}

		public String getEn() {
			return en;
		}

		public void setEn(String en) {
			this.en = en;
		}

		public String getFr() {
			return fr;
		}

		public void setFr(String fr) {
			this.fr = fr;
		}

		public String getEs() {
			return es;
		}

		public void setEs(String es) {
			this.es = es;
		}

	}

	static IndicatorForm of(FrameworkDocument.Indicator indicator, int levelCount, long version) {
		IndicatorForm form = new IndicatorForm();
		form.version = version;
		form.dimension = indicator.dimension() == null ? "" : indicator.dimension().name();
		form.weight = String.valueOf(indicator.weight());
		form.question = TextForm.of(indicator.question());
		form.guidance = TextForm.of(indicator.guidance());
		form.evidence = TextForm.of(indicator.evidence());
		form.gcm = String.join(" ", indicator.gcm().stream().map(String::valueOf).toList());
		form.sdgDomain = indicator.sdgDomain() == null ? "" : String.valueOf(indicator.sdgDomain());
		form.dac = indicator.dac() == null ? "" : indicator.dac();
		for (int level = 1; level <= levelCount; level++) {
			form.levels.add(TextForm.of(indicator.level(level).map(FrameworkDocument.Level::text).orElse(null)));
		}
		return form;
	}

	/**
	 * The indicator.
	 * @throws NumberFormatException naming the field when a number is not one
	 */
	FrameworkDocument.Indicator toIndicator(String code) {
		double weightValue;
		try {
			weightValue = Double.parseDouble(weight.strip());
		}
		catch (NumberFormatException ex) {
			throw new NumberFormatException("weight");
		}
		List<Integer> objectives = new ArrayList<>();
		for (String part : gcm.split("[\\s,;]+")) {
			if (!part.isBlank()) {
				try {
					objectives.add(Integer.valueOf(part));
				}
				catch (NumberFormatException ex) {
					throw new NumberFormatException("gcm");
				}
			}
		}
		Integer domain;
		try {
			domain = sdgDomain.isBlank() ? null : Integer.valueOf(sdgDomain.strip());
		}
		catch (NumberFormatException ex) {
			throw new NumberFormatException("sdgDomain");
		}
		List<FrameworkDocument.Level> levelList = new ArrayList<>();
		for (int i = 0; i < levels.size(); i++) {
			Text text = levels.get(i).toText();
			if (text != null) {
				levelList.add(new FrameworkDocument.Level(i + 1, text));
			}
		}
		Text questionText = question.toText();
		return new FrameworkDocument.Indicator(code,
				dimension.isBlank() ? null : CapacityDimension.valueOf(dimension), weightValue,
				questionText == null ? new Text("", null, null) : questionText, guidance.toText(), evidence.toText(),
				objectives, domain, dac.isBlank() ? null : dac.strip(), levelList);
	}

	static List<String> dimensions() {
		return Arrays.stream(CapacityDimension.values()).map(Enum::name).toList();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getDimension() {
		return dimension;
	}

	public void setDimension(String dimension) {
		this.dimension = dimension;
	}

	public String getWeight() {
		return weight;
	}

	public void setWeight(String weight) {
		this.weight = weight;
	}

	public TextForm getQuestion() {
		return question;
	}

	public void setQuestion(TextForm question) {
		this.question = question;
	}

	public TextForm getGuidance() {
		return guidance;
	}

	public void setGuidance(TextForm guidance) {
		this.guidance = guidance;
	}

	public TextForm getEvidence() {
		return evidence;
	}

	public void setEvidence(TextForm evidence) {
		this.evidence = evidence;
	}

	public String getGcm() {
		return gcm;
	}

	public void setGcm(String gcm) {
		this.gcm = gcm;
	}

	public String getSdgDomain() {
		return sdgDomain;
	}

	public void setSdgDomain(String sdgDomain) {
		this.sdgDomain = sdgDomain;
	}

	public String getDac() {
		return dac;
	}

	public void setDac(String dac) {
		this.dac = dac;
	}

	public List<TextForm> getLevels() {
		return levels;
	}

	public void setLevels(List<TextForm> levels) {
		this.levels = levels;
	}

}
