package org.migracap.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The clause with which the outbox workers (mail, webhooks) claim rows so that several instances never take the same
 * one: {@code for update skip locked} on PostgreSQL; nothing on H2, which runs a single instance.
 */
public final class SkipLocked {

	private SkipLocked() {
	}

	/** {@code "for update skip locked"} when the data source is PostgreSQL, else {@code ""}. */
	public static String clause(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
					? "for update skip locked" : "";
		}
		catch (SQLException ex) {
			return "";
		}
	}

}
