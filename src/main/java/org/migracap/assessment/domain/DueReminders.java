package org.migracap.assessment.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.reference.ReferenceApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of a cycle's due date to the focal points of its country, while the cycle is still a draft or returned:
 * once when it is due within {@code migracap.assessment.reminder-days} days ({@code SOON}), once on the day
 * ({@code DUE}), once after it ({@code OVERDUE}), as an in-app notification and its mail (kinds
 * {@code assessment.dueSoon}, {@code assessment.dueToday}, {@code assessment.overdue}: the recipient's delivery
 * choice, digest and unsubscribe apply). Each reminder is given in a transaction of its own with its row in
 * {@code assessment.due_reminder}, whose primary key (cycle, due date, step) refuses a second one: it is given once,
 * however many runs and instances there are; a moved due date gets reminders of its own.
 */
@Service
public class DueReminders {

	private static final Logger log = LoggerFactory.getLogger(DueReminders.class);

	private final AssessmentCycles cycles;

	private final IdentityApi identity;

	private final ReferenceApi reference;

	private final JdbcClient jdbc;

	private final TransactionTemplate each;

	private final int daysBefore;

	DueReminders(AssessmentCycles cycles, IdentityApi identity, ReferenceApi reference, JdbcClient jdbc,
			PlatformTransactionManager transactions,
			@Value("${migracap.assessment.reminder-days:7}") int daysBefore) {
		this.cycles = cycles;
		this.identity = identity;
		this.reference = reference;
		this.jdbc = jdbc;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.daysBefore = daysBefore;
	}

	@Scheduled(cron = "${migracap.assessment.reminder-cron:0 40 5 * * *}", zone = "UTC")
	void daily() {
		try {
			log.info("Assessment due-date reminders given: {}", remind(LocalDate.now()));
		}
		catch (RuntimeException ex) {
			log.warn("Assessment due-date reminders failed: {}", ex.toString());
		}
	}

	/** The step of a cycle due on {@code due} that is reminded of on {@code today}, or null for none yet. */
	static @Nullable String step(LocalDate due, LocalDate today, int daysBefore) {
		if (due.isBefore(today)) {
			return "OVERDUE";
		}
		if (due.isEqual(today)) {
			return "DUE";
		}
		return due.isAfter(today.plusDays(daysBefore)) ? null : "SOON";
	}

	/** Gives the reminders due on {@code today} that were not given yet; returns how many this call gave. */
	public int remind(LocalDate today) {
		int given = 0;
		for (AssessmentCycle candidate : cycles.findByStatusInAndDueDateLessThanEqual(
				EnumSet.of(CycleStatus.DRAFT, CycleStatus.RETURNED), today.plusDays(daysBefore))) {
			long id = candidate.id();
			try {
				if (Boolean.TRUE.equals(each.execute(status -> give(id, today)))) {
					given++;
				}
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// given by another run or instance meanwhile (or being given: its row is locked; should that one fail,
				// the next run gives it)
			}
		}
		return given;
	}

	private boolean give(long cycleId, LocalDate today) {
		AssessmentCycle cycle = cycles.findById(cycleId).orElse(null);
		if (cycle == null || cycle.dueDate() == null
				|| (cycle.status() != CycleStatus.DRAFT && cycle.status() != CycleStatus.RETURNED)) {
			return false;
		}
		LocalDate due = cycle.dueDate();
		String step = step(due, today, daysBefore);
		if (step == null) {
			return false;
		}
		boolean already = jdbc.sql("""
				select count(*) from assessment.due_reminder where cycle_id = :c and due_date = :d and kind = :k""")
			.param("c", cycleId)
			.param("d", due)
			.param("k", step)
			.query(Integer.class)
			.single() > 0;
		if (already) {
			return false;
		}
		jdbc.sql("insert into assessment.due_reminder (cycle_id, due_date, kind, sent_at) values (:c, :d, :k, :now)")
			.param("c", cycleId)
			.param("d", due)
			.param("k", step)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		String key = switch (step) {
			case "SOON" -> "assessment.notify.dueSoon";
			case "DUE" -> "assessment.notify.dueToday";
			default -> "assessment.notify.overdue";
		};
		String country = reference.country(cycle.iso3()).map(c -> c.name()).orElse(cycle.iso3());
		identity.notifyCountry(cycle.iso3(), key, List.of(country, String.valueOf(cycle.year()), due.toString()),
				"/assessments/" + cycleId);
		return true;
	}

}
