package org.migracap.mobility;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the mobility endpoints: demo routes through Kenya (own) and Guatemala (other), corridors from
 * those countries, an alias, an area.
 */
public class MobilityPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		boolean own = scope == Scope.OWN;
		return switch (variable) {
			case "id" -> {
				if (pattern.startsWith("/routes")) {
					yield Optional.of(String.valueOf(jdbc.sql("select min(id) from mobility.route where origin_iso3 = :c")
						.param("c", own ? OWN_COUNTRY : OTHER_COUNTRY)
						.query(Long.class)
						.single()));
				}
				if (pattern.startsWith("/admin/mobility/aliases")) {
					yield Optional.of(String.valueOf(jdbc.sql("select min(id) from mobility.country_alias")
						.query(Long.class)
						.single()));
				}
				yield Optional.empty();
			}
			case "origin" -> pattern.startsWith("/corridors") ? Optional.of(own ? OWN_COUNTRY : OTHER_COUNTRY)
					: Optional.empty();
			case "destination" -> pattern.startsWith("/corridors") ? Optional.of(own ? "SAU" : "USA") : Optional.empty();
			case "area" -> pattern.startsWith("/chain") ? Optional.of("B") : Optional.empty();
			default -> Optional.empty();
		};
	}

}
