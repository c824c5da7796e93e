package org.migracap.planning.optimiser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a minimal set of constraints that cannot all be met together (QuickXplain, Junker 2004): every constraint of
 * the set is needed for the conflict, so relaxing any one of them removes it. Each step is a feasibility solve with the
 * other constraints switched off; with k constraints in the conflict out of n it takes about k log(n/k) solves.
 */
public final class ConflictFinder {

	private final Engine engine;

	private final Engine.Options options;

	private int solves;

	public ConflictFinder(Engine engine, Engine.Options options) {
		this.engine = engine;
		this.options = options;
	}

	/** A minimal conflicting set, or an empty list when the problem is feasible. */
	public List<Constraint> conflict(Problem p) {
		List<Constraint> all = p.constraints();
		if (feasible(p, new LinkedHashSet<>(all))) {
			return List.of();
		}
		return quickXplain(p, new LinkedHashSet<>(), false, all);
	}

	public int solves() {
		return solves;
	}

	private List<Constraint> quickXplain(Problem p, Set<Constraint> background, boolean backgroundChanged,
			List<Constraint> candidates) {
		if (backgroundChanged && !feasible(p, background)) {
			return List.of();
		}
		if (candidates.size() == 1) {
			return candidates;
		}
		int half = candidates.size() / 2;
		List<Constraint> first = candidates.subList(0, half);
		List<Constraint> second = candidates.subList(half, candidates.size());
		Set<Constraint> withFirst = new LinkedHashSet<>(background);
		withFirst.addAll(first);
		List<Constraint> fromSecond = quickXplain(p, withFirst, !first.isEmpty(), second);
		Set<Constraint> withSecond = new LinkedHashSet<>(background);
		withSecond.addAll(fromSecond);
		List<Constraint> fromFirst = quickXplain(p, withSecond, !fromSecond.isEmpty(), first);
		List<Constraint> out = new ArrayList<>(fromFirst);
		out.addAll(fromSecond);
		return out;
	}

	private boolean feasible(Problem p, Set<Constraint> enforced) {
		solves++;
		return engine.feasible(p, enforced, options);
	}

}
