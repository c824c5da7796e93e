package org.migracap.planning.optimiser;

import java.util.List;
import java.util.Locale;

/**
 * Scripted benchmark of the optimiser (not part of {@code ./mvnw verify}); see docs/benchmarks.md for the command.
 * Solves the issue-6 problem (10,000 candidates, 195 countries, 10 areas, 5 years, every constraint kind) with each
 * engine, several seeds, stopping at a 0.5% proven gap or 10 s, and compares with the greedy ranking.
 * Arguments: {@code [candidates] [seeds] [engines: MIP-SCIP,CP-SAT,MIP-CBC] [time limit s] [gap]}.
 */
public final class PlanningBenchmark {

	private PlanningBenchmark() {
	}

	public static void main(String[] args) {
		int candidates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<String> engines = List.of((args.length > 2 ? args[2] : "MIP-SCIP,CP-SAT").split(","));
		double limit = args.length > 3 ? Double.parseDouble(args[3]) : 10;
		double gap = args.length > 4 ? Double.parseDouble(args[4]) : 0.005;
		System.out.printf(Locale.ROOT, "candidates=%d seeds=%d limit=%.0fs gap=%.4f cores=%d java=%s%n", candidates,
				seeds, limit, gap, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		warmUp();
		System.out.println("engine    seed  build+solve_ms  status    objective      bound          gap%    greedy         ratio  chosen");
		for (int seed = 1; seed <= seeds; seed++) {
			long built = System.nanoTime();
			Problem p = BenchmarkInstance.generate(candidates, 0.15, seed);
			long buildMs = (System.nanoTime() - built) / 1_000_000;
			boolean[] greedy = Greedy.solve(p);
			double greedyValue = Evaluation.objective(p, greedy);
			boolean greedyFeasible = Evaluation.feasible(p, greedy);
			for (String name : engines) {
				Engine engine = engine(name);
				long started = System.nanoTime();
				Result result = engine.solve(p, new Engine.Options(limit, gap, 2));
				long ms = (System.nanoTime() - started) / 1_000_000;
				System.out.printf(Locale.ROOT, "%-9s %4d  %14d  %-8s  %13.2f  %13.2f  %6.3f  %13.2f%s  %5.3f  %d%n", name,
						seed, ms, result.status(), result.objective(), result.bound(), 100 * result.gap(), greedyValue,
						greedyFeasible ? " " : "*", result.objective() / greedyValue, result.chosenCount());
				if (result.status() == Result.Status.INFEASIBLE) {
					System.out.println("  conflict: " + new ConflictFinder(engine, new Engine.Options(limit, gap, 2)).conflict(p));
				}
				if (result.hasSolution() && !Evaluation.violations(p, result.chosen()).isEmpty()) {
					System.out.println("  !! solution breaks " + Evaluation.violations(p, result.chosen()));
				}
			}
			System.out.println("  (problem generation " + buildMs + " ms; * = greedy breaks a regional floor)");
		}
	}

	static Engine engine(String name) {
		return switch (name) {
			case "CP-SAT" -> new CpSatEngine();
			case "MIP-CBC" -> new MipEngine("CBC");
			default -> new MipEngine("SCIP");
		};
	}

	private static void warmUp() {
		Problem small = BenchmarkInstance.generate(200, 0.15, 99);
		new MipEngine().solve(small, new Engine.Options(5, 0.005, 2));
		new CpSatEngine().solve(small, new Engine.Options(5, 0.005, 2));
	}

}
