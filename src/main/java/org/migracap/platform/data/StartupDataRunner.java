package org.migracap.platform.data;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.migracap.platform.DemoSettings;
import org.migracap.platform.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link StartupData} in order when the application starts, once per version. The record of a run is
 * written in the same transaction as the data, so a failed load leaves nothing behind and runs again next start; a
 * second instance starting at the same time waits on the record and then skips.
 */
@Component
@Order(0)
class StartupDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupDataRunner.class);

	private final List<StartupData> loaders;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DemoSettings demo;

	StartupDataRunner(List<StartupData> loaders, JdbcClient jdbc, TransactionTemplate transactions, DemoSettings demo) {
		this.loaders = loaders.stream().sorted(Comparator.comparingInt(StartupData::order)).toList();
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (StartupData loader : loaders) {
			if (loader.demo() && !demo.enabled()) {
				continue;
			}
			runOnce(loader);
		}
	}

	private void runOnce(StartupData loader) {
		try {
			transactions.executeWithoutResult(status -> {
				Optional<String> loaded = jdbc.sql("select version from platform.data_load where name = :name")
					.param("name", loader.name())
					.query(String.class)
					.optional();
				if (loaded.isPresent() && loaded.get().equals(loader.version())) {
					return;
				}
				if (loaded.isPresent()) {
					jdbc.sql("update platform.data_load set version = :version, loaded_at = :at where name = :name")
						.param("version", loader.version())
						.param("at", java.sql.Timestamp.from(Instant.now()))
						.param("name", loader.name())
						.update();
				}
				else {
					jdbc.sql("insert into platform.data_load (name, version, loaded_at, demo) values (:name, :version, :at, :demo)")
						.param("name", loader.name())
						.param("version", loader.version())
						.param("at", java.sql.Timestamp.from(Instant.now()))
						.param("demo", loader.demo())
						.update();
				}
				long started = System.nanoTime();
				loader.load();
				log.info("Loaded {} (version {}) in {} ms", loader.name(), loader.version(),
						(System.nanoTime() - started) / 1_000_000);
			});
		}
		catch (DataIntegrityViolationException ex) {
			log.info("{} is being loaded by another instance; skipped here", loader.name());
		}
	}

}
