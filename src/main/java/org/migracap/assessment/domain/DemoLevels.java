package org.migracap.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.migracap.assessment.CapacityDimension;
import org.migracap.reference.IncomeGroup;

/**
 * Invented, but plausible and reproducible, answers for demo and benchmark data: a country's level depends on its
 * income group, a fixed country and area character, the capacity dimension (financing usually lags, policy leads),
 * a steady improvement over the years, and some noise. The same country, year and seed always give the same answers.
 */
public final class DemoLevels {

	private DemoLevels() {
	}

	/**
	 * Answers to every indicator of a core framework for one country and year.
	 * @param unansweredShare share of indicators left unanswered (0 to 1)
	 * @param withTargets whether to set targets (five years ahead) on weaker indicators
	 */
	public static List<CycleBulkWriter.BulkAnswer> answers(FrameworkView framework, String iso3,
			@Nullable IncomeGroup income, int year, double unansweredShare, boolean withTargets, String evidenceNote) {
		SplittableRandom country = new SplittableRandom(seed(iso3));
		double base = switch (income == null ? IncomeGroup.UPPER_MIDDLE : income) {
			case HIGH -> 3.3;
			case UPPER_MIDDLE -> 2.7;
			case LOWER_MIDDLE -> 2.2;
			case LOW -> 1.7;
		} + (country.nextDouble() - 0.5);
		double growthPerYear = 0.03 + country.nextDouble() * 0.1;
		SplittableRandom noise = new SplittableRandom(seed(iso3 + "/" + year));
		List<CycleBulkWriter.BulkAnswer> answers = new ArrayList<>();
		for (FrameworkDocument.Area area : framework.areas()) {
			double areaCharacter = new SplittableRandom(seed(iso3 + "/" + area.code())).nextDouble() * 1.4 - 0.7;
			for (FrameworkDocument.Indicator indicator : area.indicators()) {
				if (noise.nextDouble() < unansweredShare) {
					noise.nextDouble();
					continue;
				}
				double value = base + areaCharacter + dimensionEffect(indicator.dimension())
						+ growthPerYear * (year - 2019) + (noise.nextDouble() - 0.5) * 1.2;
				int level = (int) Math.max(1, Math.min(5, Math.round(value)));
				Integer target = null;
				Integer targetYear = null;
				if (withTargets && level <= 3 && noise.nextDouble() < 0.6) {
					target = Math.min(5, level + 1 + (noise.nextDouble() < 0.3 ? 1 : 0));
					targetYear = year + 5;
				}
				Confidence confidence = Confidence.values()[noise.nextInt(3)];
				String evidence = noise.nextDouble() < 0.35 ? evidenceNote : null;
				answers.add(new CycleBulkWriter.BulkAnswer(indicator.code(), level, target, targetYear, confidence,
						evidence));
			}
		}
		return answers;
	}

	private static double dimensionEffect(@Nullable CapacityDimension dimension) {
		if (dimension == null) {
			return 0;
		}
		return switch (dimension) {
			case POLICY_LAW -> 0.4;
			case INSTITUTIONS -> 0.1;
			case PEOPLE_SKILLS -> 0;
			case SYSTEMS_DATA -> -0.2;
			case COOPERATION -> 0.1;
			case FINANCING -> -0.5;
		};
	}

	/** A stable seed from a text (String.hashCode is fixed by the language specification). */
	static long seed(String text) {
		return text.hashCode() * 0x9E3779B97F4A7C15L + text.length();
	}

}
