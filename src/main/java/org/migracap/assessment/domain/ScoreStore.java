package org.migracap.assessment.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.MemberStates;
import org.migracap.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The area scores of published cycles ({@code assessment.area_score}), written when a cycle is published and read by
 * every page that shows capacity. Every read applies the viewer's visibility in SQL: the public sees public cycles,
 * IOM staff roles and focal points of
 * IOM Member States also those shared with members ({@link CurrentUser#canSeeMembersOnly}), a focal point also its own country's private ones, IOM staff all.
 */
@Component
public class ScoreStore {

	private final JdbcClient jdbc;

	private final MemberStates memberStates;

	ScoreStore(JdbcClient jdbc, MemberStates memberStates) {
		this.jdbc = jdbc;
		this.memberStates = memberStates;
	}

	/** One area of one published cycle. */
	public record ScoreRow(long cycleId, String areaCode, String iso3, int year, Confidentiality confidentiality,
			@Nullable Double score, double completeness, @Nullable Double targetScore, double gap, int answered,
			int indicators) {
	}

	/** A published cycle in a list: the one visible cycle per country, or the history of one country. */
	record Visibility(String clause, Map<String, Object> params) {

		static Visibility of(Optional<CurrentUser> viewer, String alias, MemberStates memberStates) {
			Map<String, Object> params = new HashMap<>();
			if (viewer.isEmpty()) {
				return new Visibility(alias + ".confidentiality = 'PUBLIC'", params);
			}
			CurrentUser user = viewer.get();
			if (user.isStaff()) {
				return new Visibility("1 = 1", params);
			}
			String shared = user.canSeeMembersOnly(memberStates) ? "in ('PUBLIC', 'MEMBERS')" : "= 'PUBLIC'";
			if (user.has(Role.FOCAL_POINT) && user.countryCode() != null) {
				params.put("viewerCountry", user.countryCode());
				return new Visibility("(" + alias + ".confidentiality " + shared + " or " + alias
						+ ".iso3 = :viewerCountry)", params);
			}
			return new Visibility(alias + ".confidentiality " + shared, params);
		}

	}

	/** The current data stamp (see {@code assessment.score_stamp}). */
	public long stamp() {
		return jdbc.sql("select stamp from assessment.score_stamp where id = 1").query(Long.class).single();
	}

	/** Raises the data stamp: cached scores and profiles computed before are no longer served. */
	void bump() {
		jdbc.sql("update assessment.score_stamp set stamp = stamp + 1 where id = 1").update();
	}

	void replace(long cycleId, String iso3, String frameworkCode, int year, Confidentiality confidentiality,
			Instant publishedAt, List<CapacityScoring.AreaResult> areas) {
		bump();
		jdbc.sql("delete from assessment.area_score where cycle_id = :cycle").param("cycle", cycleId).update();
		for (CapacityScoring.AreaResult area : areas) {
			jdbc.sql("""
					insert into assessment.area_score (cycle_id, area_code, iso3, framework_code, assessment_year,
					    confidentiality, published_at, score, completeness, target_score, gap, answered, indicators)
					values (:cycle, :area, :iso3, :framework, :year, :confidentiality, :publishedAt, :score,
					    :completeness, :targetScore, :gap, :answered, :indicators)""")
				.param("cycle", cycleId)
				.param("area", area.areaCode())
				.param("iso3", iso3)
				.param("framework", frameworkCode)
				.param("year", year)
				.param("confidentiality", confidentiality.name())
				.param("publishedAt", Timestamp.from(publishedAt))
				.param("score", area.score())
				.param("completeness", area.completeness())
				.param("targetScore", area.targetScore())
				.param("gap", area.gap())
				.param("answered", area.answered())
				.param("indicators", area.indicators())
				.update();
		}
	}

	void changeConfidentiality(long cycleId, Confidentiality confidentiality) {
		bump();
		jdbc.sql("update assessment.area_score set confidentiality = :c where cycle_id = :cycle")
			.param("c", confidentiality.name())
			.param("cycle", cycleId)
			.update();
	}

	/**
	 * The area scores of the latest published cycle of each country (or of one country) that the viewer may see.
	 * "Latest" is the highest assessment year, then the latest publication.
	 */
	public List<ScoreRow> latest(String frameworkCode, Optional<CurrentUser> viewer, @Nullable String iso3) {
		Visibility visibility = Visibility.of(viewer, "c", memberStates);
		var spec = jdbc.sql("""
				select s.cycle_id, s.area_code, s.iso3, s.assessment_year, s.confidentiality, s.score, s.completeness,
				    s.target_score, s.gap, s.answered, s.indicators
				from assessment.area_score s
				join (select ranked.id from (
				        select c.id, row_number() over (partition by c.iso3
				            order by c.assessment_year desc, c.published_at desc, c.id desc) as rn
				        from assessment.cycle c
				        where c.framework_code = :framework and c.status = 'PUBLISHED' and %s %s) ranked
				      where ranked.rn = 1) latest on latest.id = s.cycle_id
				order by s.iso3, s.area_code""".formatted(visibility.clause(), iso3 == null ? "" : "and c.iso3 = :iso3"))
			.param("framework", frameworkCode);
		for (Map.Entry<String, Object> param : visibility.params().entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		if (iso3 != null) {
			spec = spec.param("iso3", iso3);
		}
		return spec.query(ScoreStore::row).list();
	}

	/** The area scores of every published cycle of a country that the viewer may see, oldest first. */
	public List<ScoreRow> history(String frameworkCode, String iso3, Optional<CurrentUser> viewer) {
		Visibility visibility = Visibility.of(viewer, "s", memberStates);
		var spec = jdbc.sql("""
				select s.cycle_id, s.area_code, s.iso3, s.assessment_year, s.confidentiality, s.score, s.completeness,
				    s.target_score, s.gap, s.answered, s.indicators
				from assessment.area_score s
				where s.framework_code = :framework and s.iso3 = :iso3 and %s
				order by s.assessment_year, s.published_at, s.cycle_id, s.area_code""".formatted(visibility.clause()))
			.param("framework", frameworkCode)
			.param("iso3", iso3);
		for (Map.Entry<String, Object> param : visibility.params().entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		return spec.query(ScoreStore::row).list();
	}

	/** A published cycle: its id, framework version and year. */
	public record CycleRef(long id, long frameworkId, int year) {
	}

	/** The latest published cycle of a country on a framework that the viewer may see. */
	public Optional<CycleRef> latestCycle(String frameworkCode, String iso3, Optional<CurrentUser> viewer) {
		Visibility visibility = Visibility.of(viewer, "c", memberStates);
		var spec = jdbc.sql("""
				select c.id, c.framework_id, c.assessment_year from assessment.cycle c
				where c.framework_code = :framework and c.iso3 = :iso3 and c.status = 'PUBLISHED' and %s
				order by c.assessment_year desc, c.published_at desc, c.id desc
				fetch first 1 rows only""".formatted(visibility.clause()))
			.param("framework", frameworkCode)
			.param("iso3", iso3);
		for (Map.Entry<String, Object> param : visibility.params().entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		return spec.query((rs, i) -> new CycleRef(rs.getLong(1), rs.getLong(2), rs.getInt(3))).optional();
	}

	/** Levels and targets of a cycle's answered indicators. */
	public record LevelRow(String indicatorCode, int level, @Nullable Integer targetLevel, @Nullable Integer targetYear) {
	}

	public List<LevelRow> levels(long cycleId) {
		return jdbc.sql("""
				select indicator_code, level, target_level, target_year from assessment.response
				where cycle_id = :cycle and level is not null order by indicator_code""")
			.param("cycle", cycleId)
			.query((rs, i) -> new LevelRow(rs.getString(1), rs.getInt(2), integer(rs, 3), integer(rs, 4)))
			.list();
	}

	/** The published SDG 10.7.2 results, all domains combined, by country and year. */
	public List<SdgRow> sdg(String indicatorCode) {
		return jdbc.sql("""
				select c.iso3, c.assessment_year, r.level from assessment.cycle c
				join assessment.response r on r.cycle_id = c.id
				where c.framework_code = :framework and c.status = 'PUBLISHED' and c.confidentiality = 'PUBLIC'
				    and r.indicator_code = :indicator and r.level is not null
				order by c.iso3, c.assessment_year""")
			.param("framework", FrameworkService.SDG)
			.param("indicator", indicatorCode)
			.query((rs, i) -> new SdgRow(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	public record SdgRow(String iso3, int year, int category) {
	}

	private static ScoreRow row(ResultSet rs, int rowNum) throws SQLException {
		return new ScoreRow(rs.getLong("cycle_id"), rs.getString("area_code"), rs.getString("iso3"),
				rs.getInt("assessment_year"), Confidentiality.valueOf(rs.getString("confidentiality")),
				decimal(rs, "score"), rs.getDouble("completeness"), decimal(rs, "target_score"), rs.getDouble("gap"),
				rs.getInt("answered"), rs.getInt("indicators"));
	}

	private static @Nullable Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

}
