package org.migracap.workshop.domain.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark of the agenda scheduler on the size issue 7 names: a three-day workshop with 60 sessions, 8 rooms and 40
 * speakers (5 slots a day; 3 plenaries, 6 priority-setting exercises, 9 panels, 42 breakouts; 3 rooms with
 * interpretation booths). Each seed is a different random agenda of that shape; every result is checked against the
 * rules before its time counts. Also times the explanation of impossible agendas of the same size. Not part of
 * {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.migracap.workshop.domain.scheduling.AgendaSchedulingBenchmark}.
 */
public final class AgendaSchedulingBenchmark {

	private AgendaSchedulingBenchmark() {
	}

	public static void main(String[] args) {
		int workers = args.length > 0 ? Integer.parseInt(args[0]) : 2;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		AgendaScheduler scheduler = new AgendaScheduler(workers);
		scheduler.schedule(instance(0, 0));
		long[] millis = new long[runs];
		long[] cpu = new long[runs];
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		int optimal = 0;
		int worstSpread = 0;
		for (int run = 0; run < runs; run++) {
			AgendaProblem problem = instance(run + 1, 0);
			long cpuStarted = os.getProcessCpuTime();
			long started = System.nanoTime();
			AgendaSchedule result = scheduler.schedule(problem);
			millis[run] = (System.nanoTime() - started) / 1_000_000;
			cpu[run] = (os.getProcessCpuTime() - cpuStarted) / 1_000_000;
			if (!(result instanceof AgendaSchedule.Scheduled scheduled)) {
				throw new IllegalStateException("seed " + (run + 1) + " not scheduled: " + result);
			}
			check(problem, scheduled.placements());
			optimal += scheduled.optimal() ? 1 : 0;
			worstSpread = Math.max(worstSpread, scheduled.spread());
		}
		long[] impossible = new long[6];
		List<String> named = new ArrayList<>();
		for (int run = 0; run < impossible.length; run++) {
			long started = System.nanoTime();
			AgendaSchedule result = scheduler.schedule(instance(100 + run, 1 + run % 2));
			impossible[run] = (System.nanoTime() - started) / 1_000_000;
			if (!(result instanceof AgendaSchedule.Impossible explained)) {
				throw new IllegalStateException("the impossible agenda was scheduled");
			}
			explained.conflicts().forEach(c -> named.add(c.messageKey().replace("workshop.schedule.conflict.", "")));
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		Arrays.sort(impossible);
		System.out.printf("agenda scheduling, 3 days x 5 slots, 60 sessions, 8 rooms, 40 speakers, %d workers, %d runs%n",
				workers, runs);
		System.out.printf("  schedule wall clock: min %d ms, median %d ms, max %d ms; proven optimal %d/%d; worst spread %d%n",
				millis[0], millis[runs / 2], millis[runs - 1], optimal, runs, worstSpread);
		System.out.printf("  schedule CPU time (all threads): min %d ms, median %d ms, max %d ms; load average %.1f%n",
				cpu[0], cpu[runs / 2], cpu[runs - 1], os.getSystemLoadAverage());
		System.out.printf("  impossible agendas explained: min %d ms, median %d ms, max %d ms; named %s%n",
				impossible[0], impossible[impossible.length / 2], impossible[impossible.length - 1],
				new java.util.TreeSet<>(named));
	}

	/**
	 * A random agenda of the benchmark's shape; {@code impossible} 1: one speaker chairs more sessions than the slots
	 * the plenaries leave free; 2: more sessions need a large room with interpretation booths than such rooms offer.
	 */
	static AgendaProblem instance(long seed, int impossible) {
		Random random = new Random(seed);
		List<AgendaProblem.Slot> slots = new ArrayList<>();
		for (int day = 1; day <= 3; day++) {
			for (int slot = 1; slot <= 5; slot++) {
				slots.add(new AgendaProblem.Slot(day * 10L + slot, "day " + day + " slot " + slot));
			}
		}
		int[] capacities = { 150, 80, 60, 40, 40, 30, 25, 20 };
		List<AgendaProblem.Room> rooms = new ArrayList<>();
		for (int r = 0; r < capacities.length; r++) {
			rooms.add(new AgendaProblem.Room(100 + r, "Room " + (r + 1), capacities[r], r < 3));
		}
		Map<Long, String> speakers = new HashMap<>();
		for (long s = 1; s <= 40; s++) {
			speakers.put(s, "Speaker " + s);
		}
		int[] load = new int[41];
		List<AgendaProblem.Session> sessions = new ArrayList<>();
		long id = 1;
		for (int i = 0; i < 3; i++) {
			sessions.add(session(id++, "Plenary " + i, true, 120, true, pick(random, load, 1)));
		}
		for (int i = 0; i < 6; i++) {
			sessions.add(session(id++, "Priority setting " + i, false, 30 + random.nextInt(31), true, pick(random, load, 1)));
		}
		for (int i = 0; i < 9; i++) {
			sessions.add(session(id++, "Panel " + i, false, 30 + random.nextInt(41), random.nextDouble() < 0.6,
					pick(random, load, 2 + random.nextInt(2))));
		}
		for (int i = 0; i < 42; i++) {
			sessions.add(session(id++, "Breakout " + i, false, 10 + random.nextInt(16), random.nextDouble() < 0.2,
					pick(random, load, 1 + random.nextInt(2))));
		}
		if (impossible == 2) {
			// 25 sessions need interpretation for 70 people: only the two largest rooms with booths qualify, and the
			// plenaries leave them 12 slots, 24 places.
			List<AgendaProblem.Session> changed = new ArrayList<>();
			for (AgendaProblem.Session s : sessions) {
				boolean large = !s.plenary() && changed.size() >= 3 && changed.size() < 28;
				changed.add(session(s.id(), s.title(), s.plenary(), large ? 70 : Math.min(s.audience(), 60),
						large || (s.needsInterpretation() && s.plenary()), s.speakerIds()));
			}
			sessions = changed;
		}
		if (impossible == 1) {
			// Speaker 39 chairs 13 sessions: fewer than the 15 slots, so no counting check objects, but the 3
			// plenaries take 3 slots to themselves and leave 12.
			List<AgendaProblem.Session> changed = new ArrayList<>();
			for (AgendaProblem.Session s : sessions) {
				int index = changed.size();
				List<Long> chairs = new ArrayList<>(s.speakerIds());
				if (!s.plenary() && index >= 3 && index < 16) {
					chairs.add(39L);
				}
				changed.add(session(s.id(), s.title(), s.plenary(), s.audience(), s.needsInterpretation(),
						List.copyOf(new LinkedHashSet<>(chairs))));
			}
			sessions = changed;
		}
		return new AgendaProblem(slots, rooms, sessions, speakers, Duration.ofSeconds(5));
	}

	private static AgendaProblem.Session session(long id, String title, boolean plenary, int audience,
			boolean interpretation, List<Long> speakers) {
		return new AgendaProblem.Session(id, title, plenary, audience, interpretation, speakers, null, null, null, null);
	}

	/** Speakers for a session, the least loaded first among a few random candidates, at most 4 sessions each. */
	private static List<Long> pick(Random random, int[] load, int count) {
		Set<Long> chosen = new LinkedHashSet<>();
		while (chosen.size() < count) {
			long candidate = 1 + random.nextInt(38);
			if (load[(int) candidate] < 4 && chosen.add(candidate)) {
				load[(int) candidate]++;
			}
		}
		return List.copyOf(chosen);
	}

	static void check(AgendaProblem problem, Map<Long, AgendaSchedule.Placement> placed) {
		Map<Long, AgendaProblem.Room> rooms = new HashMap<>();
		problem.rooms().forEach(r -> rooms.put(r.id(), r));
		Set<AgendaSchedule.Placement> places = new java.util.HashSet<>();
		for (AgendaProblem.Session s : problem.sessions()) {
			AgendaSchedule.Placement p = placed.get(s.id());
			if (p == null || !places.add(p)) {
				throw new IllegalStateException("session " + s.id() + " unplaced or sharing a room");
			}
			AgendaProblem.Room room = rooms.get(p.roomId());
			if (room.capacity() < s.audience() || (s.needsInterpretation() && !room.interpretation())) {
				throw new IllegalStateException("session " + s.id() + " in a room that does not fit");
			}
			for (AgendaProblem.Session o : problem.sessions()) {
				if (o.id() != s.id() && placed.get(o.id()).slotId() == p.slotId()) {
					if (s.plenary() || s.speakerIds().stream().anyMatch(o.speakerIds()::contains)) {
						throw new IllegalStateException("session " + s.id() + " clashes with " + o.id());
					}
				}
			}
		}
	}

}
