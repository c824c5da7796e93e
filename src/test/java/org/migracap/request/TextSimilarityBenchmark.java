package org.migracap.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.migracap.request.domain.TextSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the triage queue pays for its duplicates column: build the TF-IDF corpus of {@code requests} request texts and
 * compare a page of 25 requests with every other one. Synthetic texts of 60 words drawn from a 2,000-word vocabulary
 * (fixed seed). Not run by {@code ./mvnw verify}; see docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextSimilarityBenchmark {

	@Param({ "1000", "5000" })
	public int requests;

	List<String> texts;

	@Setup
	public void texts() {
		Random random = new Random(42);
		List<String> vocabulary = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			vocabulary.add("word" + Integer.toString(i, 36) + "x");
		}
		texts = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 60; w++) {
				text.append(vocabulary.get((int) Math.min(1999, Math.abs(random.nextGaussian()) * 400))).append(' ');
			}
			texts.add(text.toString());
		}
	}

	@Benchmark
	public double pageOfTwentyFiveAgainstAll() {
		TextSimilarity corpus = new TextSimilarity();
		for (String text : texts) {
			corpus.add(text);
		}
		double sum = 0;
		for (int a = 0; a < 25; a++) {
			for (int b = 0; b < corpus.size(); b++) {
				sum += corpus.cosine(a, b);
			}
		}
		return sum;
	}

	public static void main(String[] args) throws Exception {
		org.openjdk.jmh.Main.main(args.length > 0 ? args : new String[] { TextSimilarityBenchmark.class.getName() });
	}

}
