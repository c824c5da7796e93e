package org.migracap.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;

/**
 * What the programme pages, exports and API show. Public types so that templates can read them.
 */
public final class ProgrammeViews {

	private ProgrammeViews() {
	}

	public record Row(long id, String code, String title, List<String> countries, Set<FocusArea> areas, int status,
			LocalDate plannedStart, LocalDate plannedEnd, boolean published, boolean demo, BigDecimal totalBudget,
			int overduePeriods, @Nullable Long requestId) {

		public String statusKey() {
			return "programme.status." + status;
		}

	}

	public record PartnerView(long id, String name, @Nullable String ref, @Nullable String orgType, int role) {

		public String roleKey() {
			return "programme.role." + role;
		}

	}

	public record LogframeNode(long id, @Nullable Long parentId, LogframeLevel level, String text,
			List<LogframeNode> children) {
	}

	public record PeriodView(long id, long version, LocalDate start, LocalDate end, BigDecimal target,
			@Nullable BigDecimal actual, @Nullable String comment, @Nullable String recordedBy,
			@Nullable Instant recordedAt, boolean overdue) {
	}

	public record IndicatorView(long id, String title, @Nullable Long logframeItemId, @Nullable String logframeText,
			@Nullable LogframeLevel level, int measure, boolean ascending, int baselineYear, BigDecimal baselineValue,
			@Nullable String assessmentIndicator, List<PeriodView> periods) {

		public String measureKey() {
			return "programme.measure." + measure;
		}

	}

	public record BudgetLineView(long id, int year, CostKind kind, BigDecimal amount, @Nullable String country,
			FundingSource fundingSource, @Nullable String donor, String description, long version) {
	}

	public record YearTotal(int year, BigDecimal oneOff, BigDecimal recurrent) {

		public BigDecimal total() {
			return oneOff.add(recurrent);
		}

	}

	public record Marker(String code, String name, int significance) {

		public String significanceKey() {
			return "programme.significance." + significance;
		}

	}

	public record Detail(Row row, long version, String description, @Nullable String goal,
			@Nullable LocalDate actualStart, @Nullable LocalDate actualEnd, @Nullable String origin,
			@Nullable Long scenarioId, boolean odaEligible, String dacCode, String dacName, List<Marker> markers,
			String currency, List<PartnerView> partners, List<LogframeNode> logframe, List<IndicatorView> indicators,
			List<YearTotal> budgetByYear, @Nullable List<BudgetLineView> budgetLines, List<DocumentView> documents,
			boolean confidential, boolean mayEdit, boolean mayReport) {

		public BigDecimal totalBudget() {
			return budgetByYear.stream().map(YearTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public List<LogframeNode> outputs() {
			return logframe.stream().flatMap(o -> o.children().stream()).toList();
		}

	}

	/** A period whose end has passed without an actual value. */
	public record Overdue(long programmeId, String programmeTitle, long indicatorId, String indicatorTitle,
			LocalDate periodEnd, long daysLate) {
	}

	public record CountryRisk(String iso3, String name, BigDecimal leftBehind, BigDecimal shortfall,
			int programmesAtRisk, int undeclaredYears) {
	}

	public record Impact(Detail programme, DifferenceInDifferences.Result result, boolean dataAvailable,
			Map<String, Set<String>> comparable, int startYear, String basis) {
	}

}
