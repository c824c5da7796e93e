package org.migracap.library;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.MigraCapApplication;
import org.migracap.library.domain.DocumentDetails;
import org.migracap.library.domain.DocumentService;
import org.migracap.library.domain.LibrarySearch;
import org.migracap.library.domain.SearchHit;
import org.migracap.library.domain.SearchQuery;
import org.migracap.library.domain.SearchResults;
import org.migracap.library.domain.Suggestion;
import org.migracap.library.domain.Upload;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.reference.FocusArea;
import org.migracap.support.OpenSearchNode;
import org.migracap.support.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clustered mode (profile {@code clustered}, ADR library-03) on a real OpenSearch node and the test PostgreSQL:
 * two application instances, A and B, share one index through Hibernate Search's outbox-polling coordination. The
 * library behaves as on the embedded Lucene index (the same analyzers, facets, highlights, suggestions and
 * confidentiality filter, from the same mapping), and a document saved through A is found through B within 2 s.
 * Each document made here carries a word of its own (a random marker), so that the demo documents and the other test
 * classes' documents never change what is counted.
 */
class LibraryOpenSearchIntegrationTests {

	static OpenSearchNode node;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	static final List<Long> made = new ArrayList<>();

	static final String MARKER = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 26)
		.replaceAll("[0-9]", "x");

	static final CurrentUser STAFF = new CurrentUser(999, "staff", "Staff", Set.of(Role.COORDINATOR), null);

	static final CurrentUser KENYA = new CurrentUser(998, "ken", "Kenya", Set.of(Role.FOCAL_POINT), "KEN");

	static final CurrentUser GUATEMALA = new CurrentUser(997, "gtm", "Guatemala", Set.of(Role.FOCAL_POINT), "GTM");

	@BeforeAll
	static void startTwoClusteredInstances() throws InterruptedException {
		if (!TestDatabase.postgres()) {
			// The clustered mode refuses H2 (ClusteredModeOnH2Tests); in CI TestDatabase already requires PostgreSQL.
			Assumptions.abort("The clustered mode needs PostgreSQL (MIGRACAP_TEST_DB_URL)");
		}
		node = OpenSearchNode.shared();
		a = instance("a");
		b = instance("b");
		awaitSteadyCluster();
	}

	/**
	 * Waits until a document saved through A is found through B once. Right after two instances start, their outbox
	 * agents are still joining (Hibernate Search suspends event processing while the agents rebalance), so the first
	 * document can take several seconds; the latency the tests measure is that of a cluster already running.
	 */
	static void awaitSteadyCluster() throws InterruptedException {
		String word = MARKER + "warmup";
		create(a, "KEN", "en", "Warm-up " + word, Visibility.PUBLIC, "Cluster warm-up " + word + ".");
		if (awaitHits(b, word, Optional.empty(), 1, Duration.ofSeconds(60)).total() == 0) {
			throw new IllegalStateException("A document saved through A was not found through B within 60 s");
		}
	}

	static ConfigurableApplicationContext instance(String name) {
		return SpringApplication.run(MigraCapApplication.class, "--server.port=0",
				"--spring.profiles.active=test,clustered",
				"--spring.jpa.properties.hibernate.search.backend.hosts=" + node.hosts(),
				"--spring.application.name=migracap-clustered-" + name);
	}

	@AfterAll
	static void stopInstances() {
		if (a != null) {
			JdbcClient jdbc = a.getBean(JdbcClient.class);
			DocumentService documents = a.getBean(DocumentService.class);
			for (long id : made) {
				long version = jdbc.sql("select version from library.document where id = :id")
					.param("id", id)
					.query(Long.class)
					.optional()
					.orElse(-1L);
				if (version >= 0) {
					documents.delete(id, version, STAFF);
				}
			}
			a.close();
		}
		if (b != null) {
			b.close();
		}
	}

	static long create(ConfigurableApplicationContext instance, String iso3, String language, String title,
			Visibility visibility, String text) {
		DocumentDetails details = new DocumentDetails(iso3, DocumentKind.POLICY, title, null, language,
				LocalDate.of(2024, 3, 1), null, DocumentStatus.IN_FORCE, null, Set.of(FocusArea.B), Set.of(),
				Set.of(), null, null, visibility);
		long id = instance.getBean(DocumentService.class)
			.create(details, new Upload(title.toLowerCase(Locale.ROOT).replace(' ', '-') + ".txt",
					text.getBytes(StandardCharsets.UTF_8)), STAFF);
		made.add(id);
		return id;
	}

	static SearchQuery words(String q) {
		return new SearchQuery(q, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, 20);
	}

	/** Searches through an instance until a hit is there (events reach the index in the background) or 10 s pass. */
	static SearchResults awaitHits(ConfigurableApplicationContext instance, String q, Optional<CurrentUser> viewer,
			long expected) throws InterruptedException {
		return awaitHits(instance, q, viewer, expected, Duration.ofSeconds(10));
	}

	static SearchResults awaitHits(ConfigurableApplicationContext instance, String q, Optional<CurrentUser> viewer,
			long expected, Duration timeout) throws InterruptedException {
		LibrarySearch search = instance.getBean(LibrarySearch.class);
		long until = System.nanoTime() + timeout.toNanos();
		SearchResults results = search.search(words(q), viewer);
		while (results.total() < expected && System.nanoTime() < until) {
			Thread.sleep(50);
			results = search.search(words(q), viewer);
		}
		return results;
	}

	@Test
	void aDocumentSavedThroughOneInstanceIsFoundThroughTheOtherWithinTwoSeconds() throws InterruptedException {
		String word = MARKER + "relay";
		long id = create(a, "KEN", "en", "Relay policy " + word, Visibility.PUBLIC,
				"Labour mobility between instances " + word + ".");
		long saved = System.nanoTime();
		LibrarySearch searchOnB = b.getBean(LibrarySearch.class);
		SearchResults results = searchOnB.search(words(word), Optional.empty());
		while (results.total() == 0 && System.nanoTime() - saved < 5_000_000_000L) {
			Thread.sleep(20);
			results = searchOnB.search(words(word), Optional.empty());
		}
		long millis = (System.nanoTime() - saved) / 1_000_000;
		System.out.printf("Clustered search: saved through A, found through B after %d ms%n", millis);
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly(id);
		assertThat(millis).isLessThanOrEqualTo(2_000);
	}

	@Test
	void frenchEnglishAndSpanishWordsAreStemmedAsOnTheEmbeddedIndex() throws InterruptedException {
		String word = MARKER + "stem";
		long french = create(a, "SEN", "fr", "Politique " + word, Visibility.PUBLIC,
				"L'intégration des travailleuses migrantes et des réfugiés " + word + ".");
		long english = create(a, "KEN", "en", "Policy " + word, Visibility.PUBLIC,
				"National policies on the country's labour migrants " + word + ".");
		long spanish = create(b, "GTM", "es", "Política " + word, Visibility.PUBLIC,
				"Protección de los trabajadores migrantes retornados " + word + ".");

		// French: the elision (L') and the plural (travailleuses, réfugiés) are gone; accents are folded.
		assertThat(awaitHits(b, "integration travailleuse refugie " + word, Optional.empty(), 1).hits())
			.extracting(SearchHit::id).containsExactly(french);
		// English: plural and possessive ("policies", "country's") find the singular.
		assertThat(awaitHits(b, "policy country " + word, Optional.empty(), 1).hits()).extracting(SearchHit::id)
			.containsExactly(english);
		// Spanish: "trabajadores migrantes retornados" from the singular.
		assertThat(awaitHits(a, "trabajador retornado " + word, Optional.empty(), 1).hits()).extracting(SearchHit::id)
			.containsExactly(spanish);
		// And a word that is in none of them finds none of them.
		assertThat(awaitHits(a, "asylum " + word, Optional.empty(), 0).total()).isZero();
	}

	@Test
	void facetsHighlightsAndSuggestionsComeFromOpenSearch() throws InterruptedException {
		String word = MARKER + "facet";
		create(a, "KEN", "en", "Diaspora engagement " + word, Visibility.PUBLIC,
				"Remittances and diaspora bonds " + word + ".");
		create(a, "KEN", "en", "Diaspora skills " + word, Visibility.PUBLIC, "Skills of the diaspora " + word + ".");
		create(a, "SEN", "en", "Diaspora return " + word, Visibility.PUBLIC, "Return of the diaspora " + word + ".");

		SearchResults results = awaitHits(b, "diaspora " + word, Optional.empty(), 3);
		assertThat(results.total()).isEqualTo(3);
		assertThat(results.facets().get("country")).extracting(SearchResults.FacetCount::value,
				SearchResults.FacetCount::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KEN", 2L),
					org.assertj.core.groups.Tuple.tuple("SEN", 1L));
		assertThat(results.facets().get("kind")).extracting(SearchResults.FacetCount::value,
				SearchResults.FacetCount::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("POLICY", 3L));
		for (SearchHit hit : results.hits()) {
			assertThat(hit.passages()).isNotEmpty();
			assertThat(hit.passages().getFirst().pieces()).filteredOn(SearchHit.Piece::match)
				.extracting(piece -> piece.text().toLowerCase(Locale.ROOT))
				.contains("diaspora");
		}

		List<Suggestion> suggestions = b.getBean(LibrarySearch.class).suggest("diaspora " + word.substring(0, 6),
				Optional.empty(), 10);
		assertThat(suggestions).extracting(Suggestion::title)
			.contains("Diaspora engagement " + word, "Diaspora skills " + word, "Diaspora return " + word);
	}

	@Test
	void aGuatemalanConfidentialDocumentNeverReachesKenyaOrThePublic() throws InterruptedException {
		String word = MARKER + "secret";
		long secret = create(a, "GTM", "es", "Estrategia reservada " + word, Visibility.CONFIDENTIAL,
				"Estrategia confidencial contra la trata " + word + ".");
		long open = create(a, "GTM", "es", "Estrategia pública " + word, Visibility.PUBLIC,
				"Estrategia pública contra la trata " + word + ".");

		// Staff and Guatemala's focal point see both, through either instance.
		assertThat(awaitHits(b, "estrategia " + word, Optional.of(STAFF), 2).hits()).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(secret, open);
		assertThat(awaitHits(a, "estrategia " + word, Optional.of(GUATEMALA), 2).hits()).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(secret, open);

		for (Optional<CurrentUser> viewer : List.of(Optional.<CurrentUser>empty(), Optional.of(KENYA))) {
			for (ConfigurableApplicationContext instance : List.of(a, b)) {
				LibrarySearch search = instance.getBean(LibrarySearch.class);
				SearchResults results = search.search(words("estrategia " + word), viewer);
				assertThat(results.hits()).extracting(SearchHit::id).containsExactly(open);
				assertThat(results.total()).isEqualTo(1);
				assertThat(results.facets().get("country")).extracting(SearchResults.FacetCount::count)
					.containsExactly(1L);
				assertThat(search.suggest("estrategia " + word.substring(0, 6), viewer, 20))
					.extracting(Suggestion::id)
					.doesNotContain(secret)
					.contains(open);
			}
		}
	}

}
