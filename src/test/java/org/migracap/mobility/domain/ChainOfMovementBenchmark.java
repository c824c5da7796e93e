package org.migracap.mobility.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.migracap.mobility.Leverage;
import org.migracap.reference.FocusArea;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.core.io.ClassPathResource;

/**
 * The chain analysis over every origin-destination pair of the shipped UN DESA 2019 matrix (year 2019, ISO countries
 * only) as direct routes, plus 500 generated routes with one to three transit countries, with a score in every area
 * for every country (seeded random), and the default role-relevance matrix: the analysis itself, then the leverage
 * ranking and the exposure ranking that the pages read. Not part of {@code ./mvnw verify}; see docs/benchmarks.md for
 * the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
public class ChainOfMovementBenchmark {

	List<ChainOfMovement.Route> routes;

	Map<String, double[]> scores;

	ChainOfMovement policy;

	@Setup
	public void load() throws IOException {
		Set<String> iso = new LinkedHashSet<>();
		read("reference/countries/all.csv", r -> iso.add(r.get("alpha-3")));
		routes = new ArrayList<>();
		read("mobility/un-desa-2019/un_desa_migrant_stock_2019_long.csv", r -> {
			if (r.get("year").equals("2019") && r.get("stock").matches("\\d+") && iso.contains(r.get("origin_iso3"))
					&& iso.contains(r.get("destination_iso3"))) {
				routes.add(new ChainOfMovement.Route(null, r.get("origin_iso3") + "-" + r.get("destination_iso3"),
						List.of(r.get("origin_iso3"), r.get("destination_iso3")), Double.parseDouble(r.get("stock"))));
			}
		});
		List<String> countries = new ArrayList<>(iso);
		Random random = new Random(20260101L);
		for (int i = 0; i < 500; i++) {
			LinkedHashSet<String> chain = new LinkedHashSet<>();
			int length = 3 + random.nextInt(3);
			while (chain.size() < length) {
				chain.add(countries.get(random.nextInt(countries.size())));
			}
			routes.add(new ChainOfMovement.Route((long) i, "route " + i, List.copyOf(chain), 1000 + random.nextInt(1_000_000)));
		}
		scores = new HashMap<>();
		for (String country : countries) {
			double[] s = new double[FocusArea.values().length];
			for (int a = 0; a < s.length; a++) {
				s[a] = random.nextInt(101);
			}
			scores.put(country, s);
		}
		policy = ChainOfMovement.of(RoleRelevanceDefaults.matrix());
		System.out.println("\nRoutes analysed: " + routes.size() + " (" + (routes.size() - 500)
				+ " origin-destination pairs of UN DESA 2019 + 500 routes with transit), countries scored: "
				+ scores.size());
	}

	@Benchmark
	public ChainOfMovement.Result analyse() {
		return policy.analyse(routes, scores);
	}

	@Benchmark
	public void analyseAndRank(Blackhole hole) {
		ChainOfMovement.Result result = policy.analyse(routes, scores);
		List<Leverage> leverage = result.leverage();
		hole.consume(leverage);
		hole.consume(result.all());
	}

	private static void read(String path, java.util.function.Consumer<CSVRecord> each) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				each.accept(record);
			}
		}
	}

}
