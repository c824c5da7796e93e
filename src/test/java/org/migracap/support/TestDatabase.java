package org.migracap.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application the tests start at the test database: PostgreSQL when {@code MIGRACAP_TEST_DB_URL} (with
 * {@code MIGRACAP_TEST_DB_USER} and {@code MIGRACAP_TEST_DB_PASSWORD}) is set, emptied once per test run; otherwise
 * an in-memory H2 database in PostgreSQL mode, with a loud warning. In CI ({@code CI=true}) a missing PostgreSQL is an
 * error, never a skip.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	public static final String H2_URL = "jdbc:h2:mem:migracap-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	public static boolean postgres() {
		return System.getenv("MIGRACAP_TEST_DB_URL") != null && !System.getenv("MIGRACAP_TEST_DB_URL").isBlank();
	}

	public static boolean ci() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("migracap.test.keep-datasource", Boolean.class, false)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		if (postgres()) {
			String url = System.getenv("MIGRACAP_TEST_DB_URL");
			String user = System.getenv().getOrDefault("MIGRACAP_TEST_DB_USER", "migracap");
			String password = System.getenv().getOrDefault("MIGRACAP_TEST_DB_PASSWORD", "");
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", user);
			properties.put("spring.datasource.password", password);
			properties.put("migracap.test.database", "postgresql");
			if (CLEANED.compareAndSet(false, true)) {
				clean(url, user, password);
			}
		}
		else {
			if (ci()) {
				throw new IllegalStateException(
						"CI=true but MIGRACAP_TEST_DB_URL is not set: the tests must run against PostgreSQL in CI");
			}
			log.warn("""

					*************************************************************************************
					* MIGRACAP_TEST_DB_URL is not set: the tests run on in-memory H2, not on PostgreSQL. *
					* Set MIGRACAP_TEST_DB_URL, MIGRACAP_TEST_DB_USER and MIGRACAP_TEST_DB_PASSWORD to    *
					* test against PostgreSQL, as CI does.                                               *
					*************************************************************************************""");
			properties.put("spring.datasource.url", H2_URL);
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
			properties.put("migracap.test.database", "h2");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("migracapTestDatabase", properties));
	}

	/** Drops every schema the application owns, so that each test run starts from the migrations. */
	static void clean(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			List<String> schemas = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery("""
					select schema_name from information_schema.schemata
					where schema_name not in ('information_schema') and schema_name not like 'pg_%'""")) {
				while (rs.next()) {
					schemas.add(rs.getString(1));
				}
			}
			for (String schema : schemas) {
				statement.execute("drop schema \"" + schema + "\" cascade");
			}
			statement.execute("create schema if not exists public");
			log.info("Emptied the PostgreSQL test database ({} schemas dropped)", schemas.size());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to the PostgreSQL test database at " + url, ex);
		}
	}

}
