package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The recurrent costs that programmes leave to a country once their funding ends, year by year, against what the
 * country declares it can absorb.
 * <p>
 * The rule: a programme funds its budget lines up to its last budgeted year. From the year after, its recurrent costs
 * go on at the level of that last year (the sum of its recurrent lines of that year) and fall to the country the line
 * names; a line that names no country is shared equally among the programme's countries. Cancelled programmes leave
 * nothing. A year whose total exceeds the declared capacity is a shortfall, and every programme contributing to it is
 * at risk; a year with costs but no declared capacity is flagged as undeclared.
 */
public final class RecurrentFinancing {

	private RecurrentFinancing() {
	}

	/** A budget line as the rule needs it. */
	public record Line(int year, CostKind kind, BigDecimal amount, @Nullable String country) {
	}

	/** A programme as the rule needs it. */
	public record ProgrammeCosts(long id, String title, List<String> countries, int lastFundedYear, boolean cancelled,
			List<Line> lines) {
	}

	/** One programme's share of a year. */
	public record Contribution(long programmeId, String title, BigDecimal amount) {
	}

	/** One year of a country's outlook. */
	public record Year(int year, BigDecimal burden, @Nullable BigDecimal capacity, List<Contribution> contributions) {

		public boolean shortfall() {
			return capacity != null && burden.compareTo(capacity) > 0;
		}

		public boolean undeclared() {
			return capacity == null && burden.signum() > 0;
		}

		/** Burden above capacity (zero when covered or undeclared). */
		public BigDecimal gap() {
			return capacity == null ? BigDecimal.ZERO : burden.subtract(capacity).max(BigDecimal.ZERO);
		}

	}

	public enum Risk {

		NONE, UNDECLARED, SHORTFALL;

		public String messageKey() {
			return "programme.risk." + name();
		}

	}

	/** A programme that leaves recurrent costs to the country, and whether they are at risk. */
	public record ProgrammeRisk(long programmeId, String title, BigDecimal annualCost, int fromYear, Risk risk) {
	}

	public record Outlook(String iso3, List<Year> years, List<ProgrammeRisk> programmes) {

		public boolean atRisk() {
			return programmes.stream().anyMatch(p -> p.risk() != Risk.NONE);
		}

		public BigDecimal totalShortfall() {
			return years.stream().map(Year::gap).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** The annual recurrent cost a programme leaves to a country after its funding ends. */
	public static BigDecimal leftBehind(ProgrammeCosts programme, String iso3) {
		if (programme.cancelled() || !programme.countries().contains(iso3)) {
			return BigDecimal.ZERO;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Line line : programme.lines()) {
			if (line.kind() != CostKind.RECURRENT || line.year() != programme.lastFundedYear()) {
				continue;
			}
			if (line.country() == null) {
				total = total.add(line.amount()
					.divide(BigDecimal.valueOf(programme.countries().size()), 2, RoundingMode.HALF_UP));
			}
			else if (line.country().equals(iso3)) {
				total = total.add(line.amount());
			}
		}
		return total;
	}

	/**
	 * The outlook of one country over {@code fromYear..toYear}.
	 * @param capacities declared capacity by year; a missing year is undeclared
	 */
	public static Outlook outlook(String iso3, List<ProgrammeCosts> programmes, Map<Integer, BigDecimal> capacities,
			int fromYear, int toYear) {
		Map<Integer, List<Contribution>> byYear = new TreeMap<>();
		for (int year = fromYear; year <= toYear; year++) {
			byYear.put(year, new ArrayList<>());
		}
		Map<Long, ProgrammeCosts> leaving = new LinkedHashMap<>();
		for (ProgrammeCosts programme : programmes) {
			BigDecimal annual = leftBehind(programme, iso3);
			if (annual.signum() <= 0) {
				continue;
			}
			leaving.put(programme.id(), programme);
			for (int year = Math.max(fromYear, programme.lastFundedYear() + 1); year <= toYear; year++) {
				byYear.get(year).add(new Contribution(programme.id(), programme.title(), annual));
			}
		}
		List<Year> years = new ArrayList<>();
		byYear.forEach((year, contributions) -> years.add(new Year(year,
				contributions.stream().map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
				capacities.get(year), List.copyOf(contributions))));
		List<ProgrammeRisk> risks = new ArrayList<>();
		for (ProgrammeCosts programme : leaving.values()) {
			Risk risk = Risk.NONE;
			for (Year year : years) {
				boolean contributes = year.contributions().stream().anyMatch(c -> c.programmeId() == programme.id());
				if (contributes && year.shortfall()) {
					risk = Risk.SHORTFALL;
					break;
				}
				if (contributes && year.undeclared()) {
					risk = Risk.UNDECLARED;
				}
			}
			risks.add(new ProgrammeRisk(programme.id(), programme.title(), leftBehind(programme, iso3),
					programme.lastFundedYear() + 1, risk));
		}
		return new Outlook(iso3, years, risks);
	}

}
