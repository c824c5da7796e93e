package org.migracap.planning.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.planning.domain.ScenarioSettings;
import org.migracap.reference.FocusArea;
import org.springframework.validation.BindingResult;

/**
 * The scenario form: budgets as a list of amounts, one per year; countries as ISO codes; floors and absorption as
 * {@code CODE=amount} pairs separated by {@code ;} or new lines.
 */
public class ScenarioForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@Size(max = 2000)
	private String description = "";

	@Min(2000)
	@Max(2100)
	private int startYear = java.time.Year.now().getValue() + 1;

	@NotBlank
	@Size(max = 1000)
	private String budgets = "";

	@NotBlank
	@Size(max = 5000)
	private String countries = "";

	private Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);

	@DecimalMin("0")
	@DecimalMax("10")
	private double needWeight = 1;

	@DecimalMin("0")
	@DecimalMax("10")
	private double leverageWeight = 1;

	@DecimalMin("0")
	@DecimalMax("10")
	private double urgencyWeight = 1;

	@DecimalMin("0")
	@DecimalMax("10")
	private double lowResourceWeight = 1;

	private Map<String, Double> areaWeights = new LinkedHashMap<>();

	@Size(max = 200)
	private String areaWeightsSource = ScenarioSettings.TYPED;

	@DecimalMin("0")
	private @Nullable Double countryCap;

	@Size(max = 2000)
	private String regionalFloors = "";

	@Size(max = 10000)
	private String absorption = "";

	private long version;

	public ScenarioForm() {
		for (FocusArea area : FocusArea.values()) {
			areaWeights.put(area.code(), 1.0);
		}
	}

	static ScenarioForm of(ScenarioSettings s, long version) {
		ScenarioForm form = new ScenarioForm();
		form.name = s.name();
		form.description = s.description() == null ? "" : s.description();
		form.startYear = s.startYear();
		form.budgets = s.budgets().stream().map(ScenarioForm::plain).collect(Collectors.joining(", "));
		form.countries = String.join(", ", s.countries());
		form.areas = s.areas().isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(s.areas());
		form.needWeight = s.needWeight();
		form.leverageWeight = s.leverageWeight();
		form.urgencyWeight = s.urgencyWeight();
		form.lowResourceWeight = s.lowResourceWeight();
		for (FocusArea area : FocusArea.values()) {
			form.areaWeights.put(area.code(), s.areaWeight(area));
		}
		form.areaWeightsSource = s.areaWeightsSource();
		form.countryCap = s.countryCap();
		form.regionalFloors = pairs(s.regionalFloors());
		form.absorption = pairs(s.absorption());
		form.version = version;
		return form;
	}

	/** The settings, or null with errors recorded next to the fields that cannot be read. */
	@Nullable ScenarioSettings toSettings(BindingResult result) {
		List<Double> budgetList = new ArrayList<>();
		for (String part : budgets.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				budgetList.add(Double.parseDouble(part.replace("_", "")));
			}
			catch (NumberFormatException ex) {
				result.rejectValue("budgets", "planning.form.budgetsUnreadable", new Object[] { part }, "");
				return null;
			}
		}
		Map<String, Double> floors = readPairs(regionalFloors, "regionalFloors", result);
		Map<String, Double> absorb = readPairs(absorption, "absorption", result);
		if (floors == null || absorb == null) {
			return null;
		}
		List<String> isoList = java.util.Arrays.stream(countries.split("[,;\\s]+"))
			.map(c -> c.trim().toUpperCase(Locale.ROOT))
			.filter(c -> !c.isEmpty())
			.distinct()
			.toList();
		Map<FocusArea, Double> weights = new EnumMap<>(FocusArea.class);
		for (FocusArea area : FocusArea.values()) {
			Double weight = areaWeights.get(area.code());
			if (weight != null && weight != 1.0) {
				weights.put(area, weight);
			}
		}
		return new ScenarioSettings(name.trim(), description.isBlank() ? null : description.trim(), startYear,
				budgetList, isoList, areas, needWeight, leverageWeight, urgencyWeight, lowResourceWeight, weights,
				areaWeightsSource, countryCap, floors, absorb);
	}

	private static @Nullable Map<String, Double> readPairs(String text, String field, BindingResult result) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (String part : text.split("[;\\n]+")) {
			if (part.isBlank()) {
				continue;
			}
			int eq = part.indexOf('=');
			try {
				if (eq <= 0) {
					throw new NumberFormatException();
				}
				out.put(part.substring(0, eq).trim().toUpperCase(Locale.ROOT),
						Double.parseDouble(part.substring(eq + 1).trim().replace("_", "")));
			}
			catch (NumberFormatException ex) {
				result.rejectValue(field, "planning.form.pairUnreadable", new Object[] { part.trim() }, "");
				return null;
			}
		}
		return out;
	}

	static String pairs(Map<String, Double> map) {
		return map.entrySet().stream().map(e -> e.getKey() + "=" + plain(e.getValue())).collect(Collectors.joining("; "));
	}

	static String plain(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public int getStartYear() {
		return startYear;
	}

	public void setStartYear(int startYear) {
		this.startYear = startYear;
	}

	public String getBudgets() {
		return budgets;
	}

	public void setBudgets(String budgets) {
		this.budgets = budgets;
	}

	public String getCountries() {
		return countries;
	}

	public void setCountries(String countries) {
		this.countries = countries;
	}

	public Set<FocusArea> getAreas() {
		return areas;
	}

	public void setAreas(Set<FocusArea> areas) {
		this.areas = areas;
	}

	public double getNeedWeight() {
		return needWeight;
	}

	public void setNeedWeight(double needWeight) {
		this.needWeight = needWeight;
	}

	public double getLeverageWeight() {
		return leverageWeight;
	}

	public void setLeverageWeight(double leverageWeight) {
		this.leverageWeight = leverageWeight;
	}

	public double getUrgencyWeight() {
		return urgencyWeight;
	}

	public void setUrgencyWeight(double urgencyWeight) {
		this.urgencyWeight = urgencyWeight;
	}

	public double getLowResourceWeight() {
		return lowResourceWeight;
	}

	public void setLowResourceWeight(double lowResourceWeight) {
		this.lowResourceWeight = lowResourceWeight;
	}

	public Map<String, Double> getAreaWeights() {
		return areaWeights;
	}

	public void setAreaWeights(Map<String, Double> areaWeights) {
		this.areaWeights = areaWeights;
	}

	public String getAreaWeightsSource() {
		return areaWeightsSource;
	}

	public void setAreaWeightsSource(String areaWeightsSource) {
		this.areaWeightsSource = areaWeightsSource;
	}

	public @Nullable Double getCountryCap() {
		return countryCap;
	}

	public void setCountryCap(@Nullable Double countryCap) {
		this.countryCap = countryCap;
	}

	public String getRegionalFloors() {
		return regionalFloors;
	}

	public void setRegionalFloors(String regionalFloors) {
		this.regionalFloors = regionalFloors;
	}

	public String getAbsorption() {
		return absorption;
	}

	public void setAbsorption(String absorption) {
		this.absorption = absorption;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
