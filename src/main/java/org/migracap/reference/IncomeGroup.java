package org.migracap.reference;

import org.jspecify.annotations.Nullable;

/**
 * World Bank income groups (FY2025 classification, based on 2023 GNI per capita).
 */
public enum IncomeGroup {

	LOW("Low income"), LOWER_MIDDLE("Lower middle income"), UPPER_MIDDLE("Upper middle income"), HIGH("High income");

	private final String worldBankLabel;

	IncomeGroup(String worldBankLabel) {
		this.worldBankLabel = worldBankLabel;
	}

	public String messageKey() {
		return "income." + name();
	}

	/** Whether the group counts as low-resource for planning weights (low and lower-middle income). */
	public boolean lowResource() {
		return this == LOW || this == LOWER_MIDDLE;
	}

	public static @Nullable IncomeGroup fromWorldBank(@Nullable String label) {
		if (label == null) {
			return null;
		}
		for (IncomeGroup group : values()) {
			if (group.worldBankLabel.equalsIgnoreCase(label.trim())) {
				return group;
			}
		}
		return null;
	}

}
