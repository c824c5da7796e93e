package org.migracap.programme;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the programme endpoints: a demo programme of Kenya ({@code own}) or of another country
 * ({@code other}), and the partners, log frame lines, indicators, periods and budget lines in it.
 */
public class ProgrammePathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!pattern.startsWith("/programmes/") && !pattern.startsWith("/api/programmes/")) {
			return Optional.empty();
		}
		String programme = scope == Scope.OWN
				? "select min(id) from programme.programme where countries like '%KEN%'"
				: "select min(id) from programme.programme where countries not like '%KEN%'";
		long id = jdbc.sql(programme).query(Long.class).single();
		String child = switch (variable) {
			case "id" -> null;
			case "partnerId" -> "select min(id) from programme.partner where programme_id = :p";
			case "itemId" -> "select min(id) from programme.logframe_item where programme_id = :p";
			case "indicatorId" -> "select min(id) from programme.indicator where programme_id = :p";
			case "periodId" -> "select min(id) from programme.indicator_period where programme_id = :p";
			case "lineId" -> "select min(id) from programme.budget_line where programme_id = :p";
			case "documentId" -> "select coalesce(min(id), 999999) from programme.document where programme_id = :p";
			default -> "";
		};
		if (child == null) {
			return Optional.of(String.valueOf(id));
		}
		if (child.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(jdbc.sql(child).param("p", id).query(Long.class).single()));
	}

}
