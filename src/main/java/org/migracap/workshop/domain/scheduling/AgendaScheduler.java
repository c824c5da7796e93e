package org.migracap.workshop.domain.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.jspecify.annotations.Nullable;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Room;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Session;
import org.migracap.workshop.domain.scheduling.AgendaProblem.Slot;
import org.migracap.workshop.domain.scheduling.AgendaSchedule.Placement;

/**
 * Places sessions into (slot, room) pairs with CP-SAT: every session once, one session per room and slot, no speaker
 * in two places at once, rooms large enough, interpretation booths where a session needs them, plenaries alone in
 * their slot, pinned sessions where they were pinned; then the number of parallel sessions is made as even as
 * possible over the slots without a plenary, and sessions stay where they were when that costs no balance.
 * <p>
 * An impossible agenda is explained, never answered with a solver status: cheap counting checks name the obvious
 * causes; otherwise each rule is given an assumption literal and CP-SAT's infeasible core, shrunk one rule at a time,
 * names a set of rules that cannot all hold.
 */
public final class AgendaScheduler {

	private static volatile boolean loaded;

	private final int workers;

	public AgendaScheduler(int workers) {
		this.workers = Math.max(1, workers);
	}

	static void loadNativeLibraries() {
		if (!loaded) {
			synchronized (AgendaScheduler.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

	public AgendaSchedule schedule(AgendaProblem problem) {
		long started = System.nanoTime();
		List<Conflict> obvious = Prechecks.check(problem);
		if (!obvious.isEmpty()) {
			return new AgendaSchedule.Impossible(obvious, millisSince(started));
		}
		if (problem.sessions().isEmpty()) {
			return new AgendaSchedule.Scheduled(Map.of(), true, 0, 0, millisSince(started));
		}
		loadNativeLibraries();
		Model model = new Model(problem, false);
		model.objective();
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(problem.timeLimit().toMillis() / 1000.0)
			.setNumWorkers(workers)
			.setRandomSeed(7);
		CpSolverStatus status = solver.solve(model.cp);
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			Map<Long, Placement> placements = new LinkedHashMap<>();
			int moved = 0;
			for (int s = 0; s < model.sessions.size(); s++) {
				Placement placement = model.placementOf(solver, s);
				placements.put(model.sessions.get(s).id(), placement);
				Session session = model.sessions.get(s);
				if (session.currentSlot() != null && (!Objects.equals(session.currentSlot(), placement.slotId())
						|| !Objects.equals(session.currentRoom(), placement.roomId()))) {
					moved++;
				}
			}
			if (problem.sessions().stream().allMatch(x -> x.currentSlot() == null)) {
				placements = inAgendaOrder(problem, placements);
			}
			int spread = (int) (solver.value(model.maxParallel) - solver.value(model.minParallel));
			return new AgendaSchedule.Scheduled(placements, status == CpSolverStatus.OPTIMAL, spread, moved,
					millisSince(started));
		}
		if (status == CpSolverStatus.INFEASIBLE) {
			return new AgendaSchedule.Impossible(diagnose(problem), millisSince(started));
		}
		return new AgendaSchedule.Impossible(
				List.of(Conflict.of("timeout", problem.timeLimit().toSeconds())), millisSince(started));
	}

	/**
	 * On a first scheduling, orders the slots' contents along the agenda as the sessions were listed (opening first,
	 * closing last): whole slot contents are swapped between slots that hold no pinned session. Every rule is per
	 * slot or per session and room, and every slot has the same rooms, so the agenda stays valid and as balanced.
	 */
	static Map<Long, Placement> inAgendaOrder(AgendaProblem problem, Map<Long, Placement> placements) {
		Map<Long, Integer> order = new HashMap<>();
		for (int i = 0; i < problem.sessions().size(); i++) {
			order.put(problem.sessions().get(i).id(), i);
		}
		Map<Long, List<Long>> bySlot = new LinkedHashMap<>();
		problem.slots().forEach(slot -> bySlot.put(slot.id(), new ArrayList<>()));
		placements.forEach((session, placement) -> bySlot.get(placement.slotId()).add(session));
		java.util.Set<Long> fixed = new java.util.HashSet<>();
		for (Session session : problem.sessions()) {
			if (session.pinned()) {
				fixed.add(session.pinnedSlot());
			}
		}
		List<Long> free = problem.slots().stream().map(Slot::id).filter(id -> !fixed.contains(id)).toList();
		List<List<Long>> contents = new ArrayList<>(free.stream().map(bySlot::get).toList());
		contents.sort(java.util.Comparator.comparingDouble(content -> content.isEmpty() ? Double.MAX_VALUE
				: content.stream().mapToInt(order::get).average().orElse(0)));
		Map<Long, Placement> reordered = new LinkedHashMap<>(placements);
		for (int i = 0; i < free.size(); i++) {
			for (long session : contents.get(i)) {
				reordered.put(session, new Placement(free.get(i), placements.get(session).roomId()));
			}
		}
		return reordered;
	}

	/** Rules that cannot all hold together, from CP-SAT's core over one assumption literal per rule. */
	List<Conflict> diagnose(AgendaProblem problem) {
		loadNativeLibraries();
		Model model = new Model(problem, true);
		List<Literal> core = new ArrayList<>(model.rules.keySet());
		List<Literal> found = infeasibleCore(model, core, 10);
		if (found == null) {
			return List.of(Conflict.of("unexplained"));
		}
		core = found;
		for (int i = 0; i < core.size() && core.size() > 1;) {
			List<Literal> without = new ArrayList<>(core);
			without.remove(i);
			List<Literal> smaller = infeasibleCore(model, without, 2);
			if (smaller != null) {
				core = smaller.size() < without.size() ? smaller : without;
			}
			else {
				i++;
			}
		}
		List<Conflict> conflicts = new ArrayList<>();
		for (Literal literal : core) {
			conflicts.add(model.rules.get(literal));
		}
		return conflicts;
	}

	/** The assumptions CP-SAT found sufficient for infeasibility, or null when the assumptions can all hold. */
	private static @Nullable List<Literal> infeasibleCore(Model model, List<Literal> assumptions, double seconds) {
		model.cp.clearAssumptions();
		model.cp.addAssumptions(assumptions.toArray(Literal[]::new));
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(1).setCpModelPresolve(false);
		CpSolverStatus status = solver.solve(model.cp);
		if (status != CpSolverStatus.INFEASIBLE) {
			return null;
		}
		List<Integer> indexes = solver.sufficientAssumptionsForInfeasibility();
		List<Literal> core = new ArrayList<>();
		for (Literal literal : assumptions) {
			if (indexes.contains(literal.getIndex())) {
				core.add(literal);
			}
		}
		return core.isEmpty() ? assumptions : core;
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** The CP-SAT model; in diagnosis mode every rule is switched by its own literal. */
	private static final class Model {

		final CpModel cp = new CpModel();

		final List<Session> sessions;

		final List<Slot> slots;

		final List<Room> rooms;

		final AgendaProblem problem;

		final @Nullable BoolVar[][][] x;

		final Map<Literal, Conflict> rules = new LinkedHashMap<>();

		final Map<Integer, BoolVar> plenaryRules = new HashMap<>();

		final Map<Long, BoolVar> speakerRules = new HashMap<>();

		final boolean diagnosis;

		@Nullable IntVar maxParallel;

		@Nullable IntVar minParallel;

		Model(AgendaProblem problem, boolean diagnosis) {
			this.problem = problem;
			this.diagnosis = diagnosis;
			this.sessions = problem.sessions();
			this.slots = problem.slots();
			this.rooms = problem.rooms();
			int nS = sessions.size();
			int nT = slots.size();
			int nR = rooms.size();
			Map<Long, Integer> slotIndex = index(slots.stream().map(Slot::id).toList());
			Map<Long, Integer> roomIndex = index(rooms.stream().map(Room::id).toList());
			x = new BoolVar[nS][nT][nR];
			for (int s = 0; s < nS; s++) {
				Session session = sessions.get(s);
				Integer pinnedT = session.pinned() ? slotIndex.get(session.pinnedSlot()) : null;
				Integer pinnedR = session.pinned() ? roomIndex.get(session.pinnedRoom()) : null;
				boolean pinnedHere = pinnedT != null && pinnedR != null;
				for (int t = 0; t < nT; t++) {
					for (int r = 0; r < nR; r++) {
						boolean isPin = pinnedHere && pinnedT == t && pinnedR == r;
						if (diagnosis || isPin || (!pinnedHere && eligible(session, rooms.get(r)))) {
							x[s][t][r] = cp.newBoolVar("x_" + s + "_" + t + "_" + r);
						}
					}
				}
				List<Literal> all = vars(s);
				if (diagnosis) {
					cp.addAtMostOne(all);
					BoolVar placed = rule(Conflict.of("rule.placed", session.title()));
					cp.addGreaterOrEqual(LinearExpr.sum(all.toArray(Literal[]::new)), 1).onlyEnforceIf(placed);
					if (!pinnedHere) {
						List<Literal> small = new ArrayList<>();
						List<Literal> noBooth = new ArrayList<>();
						for (int t = 0; t < nT; t++) {
							for (int r = 0; r < nR; r++) {
								if (rooms.get(r).capacity() < session.audience()) {
									small.add(Objects.requireNonNull(x[s][t][r]));
								}
								if (session.needsInterpretation() && !rooms.get(r).interpretation()) {
									noBooth.add(Objects.requireNonNull(x[s][t][r]));
								}
							}
						}
						if (!small.isEmpty()) {
							BoolVar fits = rule(Conflict.of("rule.capacity", session.title(), session.audience()));
							cp.addEquality(LinearExpr.sum(small.toArray(Literal[]::new)), 0).onlyEnforceIf(fits);
						}
						if (!noBooth.isEmpty()) {
							BoolVar booth = rule(Conflict.of("rule.interpretation", session.title()));
							cp.addEquality(LinearExpr.sum(noBooth.toArray(Literal[]::new)), 0).onlyEnforceIf(booth);
						}
					}
					else {
						BoolVar pin = rule(Conflict.of("rule.pinned", session.title(),
								slots.get(pinnedT).label(), rooms.get(pinnedR).name()));
						cp.addEquality(Objects.requireNonNull(x[s][pinnedT][pinnedR]), 1).onlyEnforceIf(pin);
					}
				}
				else {
					cp.addExactlyOne(all);
				}
			}
			for (int t = 0; t < nT; t++) {
				for (int r = 0; r < nR; r++) {
					List<Literal> here = new ArrayList<>();
					for (int s = 0; s < nS; s++) {
						if (x[s][t][r] != null) {
							here.add(x[s][t][r]);
						}
					}
					if (here.size() > 1) {
						cp.addAtMostOne(here);
					}
				}
			}
			Map<Long, List<Integer>> bySpeaker = new LinkedHashMap<>();
			for (int s = 0; s < nS; s++) {
				for (long speaker : sessions.get(s).speakerIds()) {
					bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(s);
				}
			}
			for (Map.Entry<Long, List<Integer>> entry : bySpeaker.entrySet()) {
				if (entry.getValue().size() < 2) {
					continue;
				}
				BoolVar speakerRule = diagnosis
						? rule(Conflict.of("rule.speaker", problem.speakerName(entry.getKey()), entry.getValue().size()))
						: null;
				if (speakerRule != null) {
					speakerRules.put(entry.getKey(), speakerRule);
				}
				for (int t = 0; t < nT; t++) {
					int pinnedHere = 0;
					for (int s : entry.getValue()) {
						if (pinnedTo(sessions.get(s), slots.get(t))) {
							pinnedHere++;
						}
					}
					var constraint = cp.addLessOrEqual(inSlot(entry.getValue(), t), Math.max(1, pinnedHere));
					if (speakerRule != null) {
						constraint.onlyEnforceIf(speakerRule);
					}
				}
			}
			for (int p = 0; p < nS; p++) {
				Session plenary = sessions.get(p);
				if (!plenary.plenary()) {
					continue;
				}
				BoolVar alone = diagnosis ? rule(Conflict.of("rule.plenary", plenary.title())) : null;
				if (alone != null) {
					plenaryRules.put(p, alone);
				}
				for (int t = 0; t < nT; t++) {
					List<Integer> others = new ArrayList<>();
					for (int s = 0; s < nS; s++) {
						if (s != p && !(plenary.pinned() && sessions.get(s).pinned()
								&& pinnedTo(plenary, slots.get(t)) && pinnedTo(sessions.get(s), slots.get(t)))) {
							others.add(s);
						}
					}
					LinearExprBuilder sum = LinearExpr.newBuilder();
					sum.add(inSlot(others, t));
					sum.addTerm(inSlot(List.of(p), t), nR);
					var constraint = cp.addLessOrEqual(sum, nR);
					if (alone != null) {
						constraint.onlyEnforceIf(alone);
					}
				}
			}
			speakerPlenaryCuts(bySpeaker);
		}

		/**
		 * A speaker's sessions and the plenaries they do not speak in share no slot, since a plenary has its slot to
		 * itself: Σ speaker's sessions in t + Σ other plenaries in t ≤ 1. Implied by the two rules together, but it
		 * lets the linear relaxation see at once that a speaker cannot have more sessions than the slots the
		 * plenaries leave free. Slots holding sessions pinned by hand are left out (pins may break rules).
		 */
		private void speakerPlenaryCuts(Map<Long, List<Integer>> bySpeaker) {
			List<Integer> plenaries = new ArrayList<>();
			for (int s = 0; s < sessions.size(); s++) {
				if (sessions.get(s).plenary()) {
					plenaries.add(s);
				}
			}
			if (plenaries.isEmpty()) {
				return;
			}
			for (Map.Entry<Long, List<Integer>> entry : bySpeaker.entrySet()) {
				List<Integer> others = plenaries.stream().filter(p -> !entry.getValue().contains(p)).toList();
				if (others.isEmpty()) {
					continue;
				}
				List<Literal> enforcement = new ArrayList<>();
				if (diagnosis) {
					BoolVar speakerRule = speakerRules.get(entry.getKey());
					if (speakerRule == null) {
						continue;
					}
					enforcement.add(speakerRule);
					for (int p : others) {
						enforcement.add(Objects.requireNonNull(plenaryRules.get(p)));
					}
				}
				for (int t = 0; t < slots.size(); t++) {
					int slot = t;
					boolean pinnedHere = java.util.stream.Stream.concat(entry.getValue().stream(), others.stream())
						.anyMatch(s -> pinnedTo(sessions.get(s), slots.get(slot)));
					if (pinnedHere) {
						continue;
					}
					List<Integer> all = new ArrayList<>(entry.getValue());
					all.addAll(others);
					var cut = cp.addLessOrEqual(inSlot(all, t), 1);
					if (!enforcement.isEmpty()) {
						cut.onlyEnforceIf(enforcement.toArray(Literal[]::new));
					}
				}
			}
		}

		void objective() {
			int nS = sessions.size();
			int nT = slots.size();
			maxParallel = cp.newIntVar(0, rooms.size(), "maxParallel");
			minParallel = cp.newIntVar(0, rooms.size(), "minParallel");
			List<Integer> all = new ArrayList<>();
			List<Integer> plenaries = new ArrayList<>();
			for (int s = 0; s < nS; s++) {
				all.add(s);
				if (sessions.get(s).plenary()) {
					plenaries.add(s);
				}
			}
			for (int t = 0; t < nT; t++) {
				LinearExpr count = inSlot(all, t);
				cp.addLessOrEqual(count, maxParallel);
				if (plenaries.isEmpty()) {
					cp.addLessOrEqual(minParallel, count);
				}
				else {
					BoolVar hasPlenary = cp.newBoolVar("plenary_" + t);
					for (int p : plenaries) {
						cp.addLessOrEqual(inSlot(List.of(p), t), hasPlenary);
					}
					cp.addLessOrEqual(hasPlenary, inSlot(plenaries, t));
					LinearExprBuilder relaxed = LinearExpr.newBuilder();
					relaxed.add(count);
					relaxed.addTerm(hasPlenary, rooms.size());
					cp.addLessOrEqual(minParallel, relaxed);
				}
			}
			boolean pinned = sessions.stream().anyMatch(Session::pinned);
			int freeSlots = nT - plenaries.size();
			int others = nS - plenaries.size();
			if (!pinned && !plenaries.isEmpty()) {
				List<Integer> nonPlenaries = new ArrayList<>(all);
				nonPlenaries.removeAll(plenaries);
				for (int t = 0; t < nT; t++) {
					LinearExprBuilder exclusive = LinearExpr.newBuilder();
					exclusive.add(inSlot(nonPlenaries, t));
					exclusive.addTerm(inSlot(plenaries, t), rooms.size());
					cp.addLessOrEqual(exclusive, rooms.size());
				}
			}
			if (!pinned && freeSlots > 0) {
				// pigeonhole bounds over the slots without a plenary: they let CP-SAT prove the balance optimal
				cp.addGreaterOrEqual(maxParallel, (others + freeSlots - 1) / freeSlots);
				cp.addLessOrEqual(minParallel, others / freeSlots);
			}
			LinearExprBuilder objective = LinearExpr.newBuilder();
			objective.addTerm(maxParallel, nS + 1L);
			objective.addTerm(minParallel, -(nS + 1L));
			Map<Long, Integer> slotIndex = index(slots.stream().map(Slot::id).toList());
			Map<Long, Integer> roomIndex = index(rooms.stream().map(Room::id).toList());
			for (int s = 0; s < nS; s++) {
				Session session = sessions.get(s);
				if (session.pinned() || session.currentSlot() == null || session.currentRoom() == null) {
					continue;
				}
				Integer t = slotIndex.get(session.currentSlot());
				Integer r = roomIndex.get(session.currentRoom());
				if (t != null && r != null && x[s][t][r] != null) {
					objective.addTerm(Objects.requireNonNull(x[s][t][r]), -1);
				}
			}
			cp.minimize(objective);
		}

		Placement placementOf(CpSolver solver, int s) {
			for (int t = 0; t < slots.size(); t++) {
				for (int r = 0; r < rooms.size(); r++) {
					if (x[s][t][r] != null && solver.booleanValue(Objects.requireNonNull(x[s][t][r]))) {
						return new Placement(slots.get(t).id(), rooms.get(r).id());
					}
				}
			}
			throw new IllegalStateException("session " + sessions.get(s).id() + " not placed");
		}

		private BoolVar rule(Conflict conflict) {
			BoolVar literal = cp.newBoolVar("rule_" + rules.size());
			rules.put(literal, conflict);
			return literal;
		}

		private List<Literal> vars(int s) {
			List<Literal> all = new ArrayList<>();
			for (@Nullable BoolVar[] byRoom : x[s]) {
				for (BoolVar var : byRoom) {
					if (var != null) {
						all.add(var);
					}
				}
			}
			return all;
		}

		private LinearExpr inSlot(List<Integer> sessionIndexes, int t) {
			List<Literal> literals = new ArrayList<>();
			for (int s : sessionIndexes) {
				for (BoolVar var : x[s][t]) {
					if (var != null) {
						literals.add(var);
					}
				}
			}
			return LinearExpr.sum(literals.toArray(Literal[]::new));
		}

		private static boolean pinnedTo(Session session, Slot slot) {
			return session.pinned() && Objects.equals(session.pinnedSlot(), slot.id());
		}

		private static Map<Long, Integer> index(List<Long> ids) {
			Map<Long, Integer> index = new HashMap<>();
			for (int i = 0; i < ids.size(); i++) {
				index.put(ids.get(i), i);
			}
			return index;
		}

	}

	static boolean eligible(Session session, Room room) {
		return room.capacity() >= session.audience() && (!session.needsInterpretation() || room.interpretation());
	}

}
