package org.migracap.assessment;

/**
 * The six capacity dimensions of the MigraCap core framework, the same in every focus area. The indicator code is the
 * area letter followed by the dimension number ({@code B3} = border management, people and skills).
 */
public enum CapacityDimension {

	/** Policy and legal basis. */
	POLICY_LAW,
	/** Institutions and coordination. */
	INSTITUTIONS,
	/** People and skills. */
	PEOPLE_SKILLS,
	/** Operational systems and data. */
	SYSTEMS_DATA,
	/** Cooperation along the chain of movement. */
	COOPERATION,
	/** Sustainable financing, including the recurrent costs of operational systems. */
	FINANCING;

	/** 1 to 6. */
	public int number() {
		return ordinal() + 1;
	}

	public static CapacityDimension ofNumber(int number) {
		if (number < 1 || number > values().length) {
			throw new IllegalArgumentException("No capacity dimension " + number);
		}
		return values()[number - 1];
	}

	public String messageKey() {
		return "assessment.dimension." + name();
	}

}
