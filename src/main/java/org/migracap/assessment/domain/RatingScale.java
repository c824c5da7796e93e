package org.migracap.assessment.domain;

/**
 * The scale on which a framework's indicators are rated. The level names are messages
 * {@code assessment.scale.<SCALE>.<level>}.
 */
public enum RatingScale {

	/** 1 no capacity, 2 limited, 3 developed, 4 demonstrated, 5 sustainable (the scale of WHO's Joint External Evaluation). */
	CAPACITY_5(5),
	/** SDG indicator 10.7.2: 1 requires further progress, 2 partially meets, 3 meets, 4 fully meets. */
	SDG_CATEGORY_4(4);

	private final int levels;

	RatingScale(int levels) {
		this.levels = levels;
	}

	public int levels() {
		return levels;
	}

	public boolean contains(int level) {
		return level >= 1 && level <= levels;
	}

	/** A level on a 0 to 100 scale: (level - 1) / (levels - 1) * 100. */
	public double normalise(double level) {
		return (level - 1) / (levels - 1) * 100.0;
	}

	public String levelKey(int level) {
		return "assessment.scale." + name() + "." + level;
	}

}
