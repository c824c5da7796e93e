package org.migracap.programme.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.migracap.identity.IdentityApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders to those who report a programme's results, the focal points of its countries: once when a period without
 * an actual ends within {@code migracap.programme.reminder-days} days (due), once when it has ended without one
 * (overdue). Each reminder is given in a transaction of its own with its row in {@code programme.result_reminder},
 * whose primary key refuses a second one: it is given once, however many runs and instances there are. Programmes
 * that are finished, closed, cancelled or suspended (IATI status 4 and up) get none.
 */
@Service
public class ResultReminders {

	private static final Logger log = LoggerFactory.getLogger(ResultReminders.class);

	private final IndicatorPeriods periods;

	private final Programmes programmes;

	private final Indicators indicators;

	private final IdentityApi identity;

	private final JdbcClient jdbc;

	private final TransactionTemplate each;

	private final int daysBefore;

	ResultReminders(IndicatorPeriods periods, Programmes programmes, Indicators indicators, IdentityApi identity,
			JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${migracap.programme.reminder-days:14}") int daysBefore) {
		this.periods = periods;
		this.programmes = programmes;
		this.indicators = indicators;
		this.identity = identity;
		this.jdbc = jdbc;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.daysBefore = daysBefore;
	}

	@Scheduled(cron = "${migracap.programme.reminder-cron:0 30 5 * * *}", zone = "UTC")
	void daily() {
		try {
			log.info("Programme result reminders given: {}", remind(LocalDate.now()));
		}
		catch (RuntimeException ex) {
			log.warn("Programme result reminders failed: {}", ex.toString());
		}
	}

	/** Gives the reminders due on {@code today} that were not given yet; returns how many this call gave. */
	public int remind(LocalDate today) {
		int given = 0;
		for (IndicatorPeriod period : periods.findByActualIsNull()) {
			String kind = period.end.isBefore(today) ? "OVERDUE"
					: !period.end.isAfter(today.plusDays(daysBefore)) ? "DUE" : null;
			if (kind == null || period.id == null) {
				continue;
			}
			try {
				if (Boolean.TRUE.equals(each.execute(status -> give(period, kind)))) {
					given++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				// given by another run or instance meanwhile
			}
		}
		return given;
	}

	private boolean give(IndicatorPeriod period, String kind) {
		boolean already = jdbc.sql("select count(*) from programme.result_reminder where period_id = :p and kind = :k")
			.param("p", period.id)
			.param("k", kind)
			.query(Integer.class)
			.single() > 0;
		Programme programme = programmes.findById(period.programmeId).orElse(null);
		Indicator indicator = indicators.findById(period.indicatorId).orElse(null);
		if (already || programme == null || indicator == null || programme.status() >= 4) {
			return false;
		}
		jdbc.sql("insert into programme.result_reminder (period_id, kind, sent_at) values (:p, :k, :now)")
			.param("p", period.id)
			.param("k", kind)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		String key = kind.equals("DUE") ? "programme.notify.resultsDue" : "programme.notify.resultsOverdue";
		List<String> args = List.of(programme.title(), indicator.title, period.end.toString());
		for (String iso3 : programme.countries()) {
			identity.notifyCountry(iso3, key, args, "/programmes/" + programme.id() + "#results");
		}
		return true;
	}

}
