package org.migracap.library.domain;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with the database. Documents saved through the application are indexed as they are
 * saved; rows written outside Hibernate (SQL, a restored backup, a new instance with an empty index) are not, so at
 * start-up the index is rebuilt whenever its count differs from the table's: in the background by default, so that
 * the application serves requests meanwhile. In the clustered mode (ADR library-03) the index is shared: the instance
 * that takes a PostgreSQL advisory lock rebuilds it, and an instance that finds the lock taken leaves it to that one.
 */
@Component
@Order(100)
public class LibraryIndex implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LibraryIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final LibrarySearch search;

	private final JdbcClient jdbc;

	private final LibrarySettings settings;

	private final DataSource dataSource;

	private final boolean shared;

	/** The advisory lock of the shared index's rebuild ("MIGRLIBR"). */
	static final long REBUILD_LOCK = 0x4D4947524C494252L;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile @Nullable Rebuild lastRebuild;

	LibraryIndex(EntityManagerFactory entityManagerFactory, LibrarySearch search, JdbcClient jdbc,
			LibrarySettings settings, DataSource dataSource, Environment environment) {
		this.entityManagerFactory = entityManagerFactory;
		this.search = search;
		this.jdbc = jdbc;
		this.settings = settings;
		this.dataSource = dataSource;
		this.shared = "outbox-polling"
			.equals(environment.getProperty("spring.jpa.properties.hibernate.search.coordination.strategy"));
	}

	/** The outcome of a rebuild: documents indexed and how long it took. */
	public record Rebuild(long documents, long millis) {

		public double perSecond() {
			return millis == 0 ? documents : documents * 1000.0 / millis;
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		long stored = storedCount();
		long indexed = search.indexedCount();
		if (stored == indexed) {
			return;
		}
		log.info("The library index holds {} documents and the database {}: rebuilding the index", indexed, stored);
		if (settings.reindexInBackground()) {
			Thread.ofVirtual().name("library-reindex").start(this::rebuildAtStart);
		}
		else {
			rebuildAtStart();
		}
	}

	private void rebuildAtStart() {
		if (!shared) {
			rebuild();
			return;
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (!locked(statement, "select pg_try_advisory_lock(" + REBUILD_LOCK + ")")) {
				log.info("Another instance is rebuilding the shared library index");
				return;
			}
			try {
				if (storedCount() != search.indexedCount()) {
					rebuild();
				}
			}
			finally {
				locked(statement, "select pg_advisory_unlock(" + REBUILD_LOCK + ")");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the lock of the shared library index's rebuild", ex);
		}
	}

	private static boolean locked(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			return result.next() && result.getBoolean(1);
		}
	}

	public long storedCount() {
		return jdbc.sql("select count(*) from library.document").query(Long.class).single();
	}

	public boolean rebuilding() {
		return rebuilding.get();
	}

	public @Nullable Rebuild lastRebuild() {
		return lastRebuild;
	}

	/** Rebuilds the whole index from the database; returns at once if a rebuild is already running. */
	public Rebuild rebuild() {
		if (!rebuilding.compareAndSet(false, true)) {
			return lastRebuild == null ? new Rebuild(0, 0) : lastRebuild;
		}
		try {
			long started = System.nanoTime();
			Search.mapping(entityManagerFactory)
				.scope(Document.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(100)
				.dropAndCreateSchemaOnStart(true)
				.mergeSegmentsOnFinish(true)
				.startAndWait();
			long millis = (System.nanoTime() - started) / 1_000_000;
			Rebuild rebuild = new Rebuild(search.indexedCount(), millis);
			lastRebuild = rebuild;
			log.info("Library index rebuilt: {} documents in {} ms ({} documents/s)", rebuild.documents(), millis,
					Math.round(rebuild.perSecond()));
			return rebuild;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Index rebuild interrupted", ex);
		}
		finally {
			rebuilding.set(false);
		}
	}

}
