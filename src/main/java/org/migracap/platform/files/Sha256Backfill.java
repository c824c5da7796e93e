package org.migracap.platform.files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway migration that fills the {@code sha256} column of a table of {@link StoredFile}s for the rows that have
 * bytes and no digest yet (files stored before the column existed), computed in Java so that it runs alike on
 * PostgreSQL and H2; then, if asked, makes the column {@code not null}. A module's migration folder holds a subclass
 * named by its version ({@code db.migration.<module>.V97__..._sha256}), after the SQL migration that adds the column.
 */
public abstract class Sha256Backfill extends BaseJavaMigration {

	private final String table;

	private final boolean notNull;

	/**
	 * @param table the table, with its schema ({@code assessment.evidence_file}); a constant of the subclass
	 * @param notNull whether every row has a file, so that the column can be made {@code not null}
	 */
	protected Sha256Backfill(String table, boolean notNull) {
		this.table = table;
		this.notNull = notNull;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				ResultSet rows = select
					.executeQuery("select id, content from " + table + " where sha256 is null and content is not null");
				PreparedStatement update = connection
					.prepareStatement("update " + table + " set sha256 = ? where id = ?")) {
			while (rows.next()) {
				update.setString(1, UploadPolicy.sha256(rows.getBytes(2)));
				update.setLong(2, rows.getLong(1));
				update.executeUpdate();
			}
		}
		if (notNull) {
			try (Statement alter = connection.createStatement()) {
				alter.execute("alter table " + table + " alter column sha256 set not null");
			}
		}
	}

}
