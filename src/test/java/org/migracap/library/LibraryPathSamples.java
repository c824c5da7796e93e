package org.migracap.library;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the library: a confidential demo document of Kenya (own) and of Guatemala (other), so that the
 * matrix proves a focal point reaches its own country's confidential documents and never another's.
 */
public class LibraryPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (!"id".equals(variable) || !(pattern.startsWith("/library/") || pattern.startsWith("/api/library/"))) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(jdbc.sql("""
				select min(id) from library.document where country_iso3 = :country and visibility = 'CONFIDENTIAL'""")
			.param("country", scope == Scope.OWN ? OWN_COUNTRY : OTHER_COUNTRY)
			.query(Long.class)
			.single()));
	}

}
