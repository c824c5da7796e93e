package org.migracap.library.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migracap.support.SignedInClient;

/**
 * The library's search benchmark (not part of the test suite). Two commands:
 * <ul>
 * <li>{@code generate JDBC_URL USER PASSWORD COUNT}: writes COUNT demo documents of realistic length (log-normal,
 * median about 1,200 words, 300 to 8,000) in English, French and Spanish straight into {@code library.document}, as a
 * bulk load or a restored backup would: outside Hibernate, so that the application rebuilds its index at start-up.</li>
 * <li>{@code load BASE_URL REQUESTS CONCURRENCY [USER PASSWORD]}: sends search requests of one or two words (some with
 * a facet filter, a sort or a second page) to the running application's JSON API and search page, after a warm-up,
 * and prints latency percentiles and throughput. Bounded in count; only ever aimed at localhost.</li>
 * </ul>
 * See docs/benchmarks.md for the commands and results.
 */
public final class LibrarySearchBenchmark {

	static final String[] EN = words("""
			migrant migrants migration worker workers labour recruitment agency agencies licence licensed fee fees
			contract contracts employer employers border borders visa visas passport travel traveller travellers
			asylum refugee refugees protection trafficking victim victims smuggling return returnee reintegration
			diaspora remittance remittances skills integration language course qualification recognition health
			clinic vaccination ministry committee coordination policy strategy plan regulation law article section
			inspection inspector complaint appeal court tribunal detention alternative child children family
			reunification residence permit stay overstay seasonal agriculture domestic construction fishing
			seafarer seafarers data statistics survey census register registration identity document biometric
			consulate embassy abroad national nationals citizen citizenship naturalisation local municipality
			province district training budget funding donor partnership cooperation agreement bilateral regional
			""");

	static final String[] EN_COMMON = words("the of and to in a shall be for by any or with on that this as may under its");

	static final String[] FR = words("""
			migrant migrants migration travailleur travailleurs main-d'oeuvre recrutement agence agences licence
			frais contrat contrats employeur employeurs frontière frontières visa visas passeport voyage voyageurs
			asile réfugié réfugiés protection traite victime victimes trafic retour réintégration diaspora transfert
			transferts compétences intégration langue cours diplôme reconnaissance santé vaccination ministère comité
			coordination politique stratégie plan règlement loi article inspection inspecteur plainte recours tribunal
			rétention enfant enfants famille regroupement séjour titre saisonnier agriculture domestique pêche
			données statistiques enquête registre enregistrement identité biométrique consulat ambassade étranger
			ressortissants citoyen nationalité commune province formation budget financement partenariat coopération
			accord bilatéral régional
			""");

	static final String[] FR_COMMON = words("le la les des de du et à en un une est pour par sur dans qui au aux ne");

	static final String[] ES = words("""
			migrante migrantes migración trabajador trabajadores laboral contratación agencia agencias licencia
			comisión contrato contratos empleador empleadores frontera fronteras visado pasaporte viaje viajeros
			asilo refugiado refugiados protección trata víctima víctimas tráfico retorno retornados reintegración
			diáspora remesa remesas competencias integración idioma curso título reconocimiento salud vacunación
			ministerio comité coordinación política estrategia plan reglamento ley artículo inspección inspector
			queja recurso tribunal detención niño niños familia reunificación residencia permiso estancia temporero
			agricultura doméstico pesca datos estadísticas encuesta registro identidad biométrico consulado embajada
			exterior nacionales ciudadano ciudadanía municipio provincia formación presupuesto financiación
			cooperación acuerdo bilateral regional
			""");

	static final String[] ES_COMMON = words("el la los las de del y en un una es para por con se al su que");

	static final String[] KINDS = { "CONSTITUTION", "LAW", "REGULATION", "POLICY", "STRATEGY", "ACTION_PLAN",
			"BILATERAL_AGREEMENT", "MULTILATERAL_AGREEMENT", "COURT_DECISION" };

	static final String[] STATUSES = { "DRAFT", "IN_FORCE", "IN_FORCE", "IN_FORCE", "AMENDED", "REPEALED" };

	static final String[] AREAS = { "A", "B", "C", "D", "E", "F", "G", "H", "I", "X" };

	public static void main(String[] args) throws Exception {
		if (args.length >= 5 && args[0].equals("generate")) {
			generate(args[1], args[2], args[3], Integer.parseInt(args[4]));
		}
		else if (args.length >= 4 && args[0].equals("load")) {
			load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 5 ? args[4] : null,
					args.length > 5 ? args[5] : null);
		}
		else {
			System.err.println("usage: generate JDBC_URL USER PASSWORD COUNT | load BASE_URL REQUESTS CONCURRENCY [USER PASSWORD]");
			System.exit(2);
		}
	}

	static String[] words(String text) {
		return text.trim().split("\\s+");
	}

	// Generation.

	static void generate(String url, String user, String password, int count) throws Exception {
		Random random = new Random(42);
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.setAutoCommit(false);
			List<String> countries = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select iso3 from reference.country order by iso3")) {
				while (rs.next()) {
					countries.add(rs.getString(1));
				}
			}
			if (countries.isEmpty()) {
				throw new IllegalStateException("Start the application once on this database first (no countries)");
			}
			String sql = """
					insert into library.document (version, country_iso3, kind, title_original, title_english, language,
					  adopted_on, in_force_on, status, areas, gcm_objectives, instruments, summary, visibility, demo,
					  file_name, media_type, file_size, text_truncated, content, created_at, updated_at)
					values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, true, ?, 'text/plain', ?, false, ?, ?, ?)""";
			long started = System.nanoTime();
			long characters = 0;
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				for (int i = 0; i < count; i++) {
					double pick = random.nextDouble();
					String language = pick < 0.5 ? "en" : pick < 0.75 ? "fr" : "es";
					String[] vocabulary = language.equals("en") ? EN : language.equals("fr") ? FR : ES;
					String[] common = language.equals("en") ? EN_COMMON : language.equals("fr") ? FR_COMMON : ES_COMMON;
					int words = (int) Math.min(8_000, Math.max(300, Math.exp(Math.log(1_200) + 0.7 * random.nextGaussian())));
					String text = text(random, vocabulary, common, words);
					characters += text.length();
					String kind = KINDS[random.nextInt(KINDS.length)];
					String title = capitalise(phrase(random, vocabulary, 3 + random.nextInt(5))) + " (benchmark " + i + ")";
					LocalDate adopted = LocalDate.of(1960 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
					String areas = AREAS[random.nextInt(AREAS.length)]
							+ (random.nextBoolean() ? " " + AREAS[random.nextInt(AREAS.length)] : "");
					insert.setString(1, countries.get(random.nextInt(countries.size())));
					insert.setString(2, kind);
					insert.setString(3, title);
					insert.setString(4, language.equals("en") ? null : "Benchmark document " + i);
					insert.setString(5, language);
					insert.setObject(6, adopted);
					insert.setObject(7, adopted.plusMonths(random.nextInt(12)));
					insert.setString(8, STATUSES[random.nextInt(STATUSES.length)]);
					insert.setString(9, String.join(" ", new java.util.TreeSet<>(Arrays.asList(areas.split(" ")))));
					insert.setString(10, String.valueOf(1 + random.nextInt(23)));
					insert.setString(11, capitalise(phrase(random, vocabulary, 25)) + ".");
					insert.setString(12, random.nextInt(10) == 0 ? "CONFIDENTIAL" : "PUBLIC");
					insert.setString(13, "benchmark-" + i + ".txt");
					insert.setLong(14, text.getBytes(StandardCharsets.UTF_8).length);
					insert.setString(15, text);
					Timestamp now = Timestamp.from(Instant.now());
					insert.setTimestamp(16, now);
					insert.setTimestamp(17, now);
					insert.addBatch();
					if ((i + 1) % 500 == 0) {
						insert.executeBatch();
						connection.commit();
						if ((i + 1) % 10_000 == 0) {
							System.out.printf("%d documents written%n", i + 1);
						}
					}
				}
				insert.executeBatch();
				connection.commit();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("Generated %d documents, %.0f MB of text (mean %.0f characters), in %.0f s%n", count,
					characters / 1e6, (double) characters / count, seconds);
		}
	}

	/** Words drawn with Zipf-like frequencies, in sentences of 8 to 25 words, paragraphs of 3 to 8 sentences. */
	static String text(Random random, String[] vocabulary, String[] common, int words) {
		StringBuilder out = new StringBuilder(words * 8);
		int written = 0;
		int article = 1;
		while (written < words) {
			out.append("Art. ").append(article++).append(". ");
			int sentences = 3 + random.nextInt(6);
			for (int s = 0; s < sentences && written < words; s++) {
				int length = 8 + random.nextInt(18);
				StringBuilder sentence = new StringBuilder();
				for (int w = 0; w < length; w++) {
					String word = random.nextInt(3) == 0 ? common[random.nextInt(common.length)] : zipf(random, vocabulary);
					sentence.append(w == 0 ? "" : " ").append(word);
				}
				out.append(capitalise(sentence.toString())).append(". ");
				written += length;
			}
			out.append("\n\n");
		}
		return out.toString();
	}

	static String phrase(Random random, String[] vocabulary, int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(i == 0 ? "" : " ").append(zipf(random, vocabulary));
		}
		return out.toString();
	}

	static String zipf(Random random, String[] vocabulary) {
		double u = random.nextDouble();
		int rank = (int) Math.floor(Math.pow(vocabulary.length + 1, u)) - 1;
		return vocabulary[Math.min(Math.max(rank, 0), vocabulary.length - 1)];
	}

	static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	// Load.

	static void load(String base, int requests, int concurrency, String user, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
		String viewer = "anonymous";
		if (user != null) {
			SignedInClient.using(base, client).signIn(user, password);
			viewer = user;
		}
		Random random = new Random(7);
		List<String> allQueries = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String[] vocabulary = i % 4 == 0 ? FR : i % 4 == 1 ? ES : EN;
			String q = vocabulary[random.nextInt(vocabulary.length)]
					+ (random.nextInt(3) == 0 ? " " + vocabulary[random.nextInt(vocabulary.length)] : "");
			StringBuilder query = new StringBuilder("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
			int extra = random.nextInt(10);
			if (extra == 0) {
				query.append("&area=").append(AREAS[random.nextInt(AREAS.length)]);
			}
			else if (extra == 1) {
				query.append("&kind=LAW&status=IN_FORCE");
			}
			else if (extra == 2) {
				query.append("&sort=newest");
			}
			else if (extra == 3) {
				query.append("&page=1");
			}
			allQueries.add(query.toString());
		}
		for (String path : List.of("/api/library/documents?", "/library?")) {
			boolean html = path.startsWith("/library");
			// the API orders with sort=field,asc|desc (docs/api.md, "Lists"); the page keeps its sort names
			List<String> queries = html ? allQueries
					: allQueries.stream().map(q -> q.replace("sort=newest", "sort=adopted,desc")).toList();
			run(client, base, path, queries, Math.min(300, requests), concurrency, html, null, null);
			long[] times = new long[requests];
			long[] cpu = new long[requests];
			long started = System.nanoTime();
			run(client, base, path, queries, requests, concurrency, html, times, cpu);
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(times);
			Arrays.sort(cpu);
			System.out.printf("%s %s (%s, concurrency %d): %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s%n",
					html ? "page fragment" : "JSON API", path + "q=...", viewer, concurrency, requests,
					percentile(times, 50), percentile(times, 95), percentile(times, 99), times[times.length - 1] / 1e6,
					requests / seconds);
			if (!html) {
				System.out.printf("  search processor time in the application (cpuMillis): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
						percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99));
			}
		}
	}

	static final Pattern CPU = Pattern.compile("\"cpuMillis\":([0-9.]+)");

	static void run(HttpClient client, String base, String path, List<String> queries, int requests, int concurrency,
			boolean html, long[] times, long[] cpu) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<?>> futures = new ArrayList<>();
			java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
			for (int t = 0; t < concurrency; t++) {
				futures.add(pool.submit(() -> {
					int i;
					while ((i = next.getAndIncrement()) < requests) {
						HttpRequest.Builder request = HttpRequest
							.newBuilder(URI.create(base + path + queries.get(i % queries.size())))
							.GET();
						if (html) {
							request.header("HX-Request", "true");
						}
						long start = System.nanoTime();
						HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - start;
						if (response.statusCode() != 200) {
							throw new IllegalStateException(response.statusCode() + " " + response.body());
						}
						if (times != null) {
							times[i] = took;
						}
						if (cpu != null) {
							Matcher matcher = CPU.matcher(response.body());
							cpu[i] = matcher.find() ? Math.round(Double.parseDouble(matcher.group(1)) * 1e6) : 0;
						}
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
