package org.migracap.planning.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.migracap.planning.domain.CatalogueEntry;

/**
 * The form for one action of the intervention catalogue.
 */
public class CatalogueForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "{planning.form.codePattern}")
	private String code = "";

	@NotBlank
	@Size(max = 40)
	private String kind = "";

	@Min(1)
	@Max(6)
	private int dimension = 1;

	@NotBlank
	@Size(max = 40)
	private String areas = "*";

	@Min(1)
	@Max(4)
	private int fromLevel = 1;

	@Min(2)
	@Max(5)
	private int toLevel = 2;

	@NotBlank
	@Size(max = 200)
	private String nameEn = "";

	@NotBlank
	@Size(max = 200)
	private String nameFr = "";

	@NotBlank
	@Size(max = 200)
	private String nameEs = "";

	@NotNull
	@DecimalMin("0")
	private Double oneOffMin = 0.0;

	@NotNull
	@DecimalMin("0")
	private Double oneOffMax = 0.0;

	@NotNull
	@DecimalMin("0")
	private Double recurrentMin = 0.0;

	@NotNull
	@DecimalMin("0")
	private Double recurrentMax = 0.0;

	@Min(1)
	@Max(10)
	private int durationYears = 1;

	@NotNull
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax("4")
	private Double uplift = 1.0;

	private boolean joint;

	private long version;

	static CatalogueForm of(CatalogueEntry e) {
		CatalogueForm f = new CatalogueForm();
		f.code = e.code();
		f.kind = e.kind();
		f.dimension = e.dimension();
		f.areas = e.areas();
		f.fromLevel = e.fromLevel();
		f.toLevel = e.toLevel();
		f.nameEn = e.nameEn();
		f.nameFr = e.nameFr();
		f.nameEs = e.nameEs();
		f.oneOffMin = e.oneOffMin();
		f.oneOffMax = e.oneOffMax();
		f.recurrentMin = e.recurrentMin();
		f.recurrentMax = e.recurrentMax();
		f.durationYears = e.durationYears();
		f.uplift = e.uplift();
		f.joint = e.joint();
		f.version = e.version();
		return f;
	}

	CatalogueEntry toEntry(long id) {
		return new CatalogueEntry(id, version, code, kind, dimension, areas, fromLevel, toLevel, nameEn, nameFr, nameEs,
				oneOffMin, oneOffMax, recurrentMin, recurrentMax, durationYears, uplift, joint, "edited");
	}

	public String getCode() { return code; }

	public void setCode(String code) { this.code = code; }

	public String getKind() { return kind; }

	public void setKind(String kind) { this.kind = kind; }

	public int getDimension() { return dimension; }

	public void setDimension(int dimension) { this.dimension = dimension; }

	public String getAreas() { return areas; }

	public void setAreas(String areas) { this.areas = areas; }

	public int getFromLevel() { return fromLevel; }

	public void setFromLevel(int fromLevel) { this.fromLevel = fromLevel; }

	public int getToLevel() { return toLevel; }

	public void setToLevel(int toLevel) { this.toLevel = toLevel; }

	public String getNameEn() { return nameEn; }

	public void setNameEn(String nameEn) { this.nameEn = nameEn; }

	public String getNameFr() { return nameFr; }

	public void setNameFr(String nameFr) { this.nameFr = nameFr; }

	public String getNameEs() { return nameEs; }

	public void setNameEs(String nameEs) { this.nameEs = nameEs; }

	public Double getOneOffMin() { return oneOffMin; }

	public void setOneOffMin(Double oneOffMin) { this.oneOffMin = oneOffMin; }

	public Double getOneOffMax() { return oneOffMax; }

	public void setOneOffMax(Double oneOffMax) { this.oneOffMax = oneOffMax; }

	public Double getRecurrentMin() { return recurrentMin; }

	public void setRecurrentMin(Double recurrentMin) { this.recurrentMin = recurrentMin; }

	public Double getRecurrentMax() { return recurrentMax; }

	public void setRecurrentMax(Double recurrentMax) { this.recurrentMax = recurrentMax; }

	public int getDurationYears() { return durationYears; }

	public void setDurationYears(int durationYears) { this.durationYears = durationYears; }

	public Double getUplift() { return uplift; }

	public void setUplift(Double uplift) { this.uplift = uplift; }

	public boolean isJoint() { return joint; }

	public void setJoint(boolean joint) { this.joint = joint; }

	public long getVersion() { return version; }

	public void setVersion(long version) { this.version = version; }

}
