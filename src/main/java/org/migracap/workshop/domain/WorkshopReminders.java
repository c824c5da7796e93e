package org.migracap.workshop.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.migracap.mail.MailApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders by e-mail: before the registration deadline to the invited who have not registered, and before the
 * workshop to its confirmed participants. Each reminder is recorded in {@code workshop.reminder_sent} in the same
 * transaction as its message; the row's primary key makes it go out once however often and on however many instances
 * the job runs.
 */
@Service
public class WorkshopReminders {

	private static final Logger log = LoggerFactory.getLogger(WorkshopReminders.class);

	private final Workshops workshops;

	private final Invitations invitations;

	private final Registrations registrations;

	private final WorkshopMail mail;

	private final JdbcClient jdbc;

	private final TransactionTemplate each;

	private final Duration beforeDeadline;

	private final Duration beforeStart;

	WorkshopReminders(Workshops workshops, Invitations invitations, Registrations registrations, WorkshopMail mail,
			JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${migracap.workshop.reminder-before-deadline:3d}") Duration beforeDeadline,
			@Value("${migracap.workshop.reminder-before-start:2d}") Duration beforeStart) {
		this.workshops = workshops;
		this.invitations = invitations;
		this.registrations = registrations;
		this.mail = mail;
		this.jdbc = jdbc;
		this.each = new TransactionTemplate(transactions);
		this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.beforeDeadline = beforeDeadline;
		this.beforeStart = beforeStart;
	}

	@Scheduled(cron = "${migracap.workshop.reminder-cron:0 7 * * * *}")
	void hourly() {
		try {
			send(Instant.now());
		}
		catch (RuntimeException ex) {
			log.warn("Workshop reminders failed: {}", ex.toString());
		}
	}

	/** Sends the reminders due at {@code now} that have not been sent yet; returns how many were queued. */
	public int send(Instant now) {
		List<Long> ids = each.execute(status -> workshops.findAll()
			.stream()
			.filter(w -> !w.demo && w.status == WorkshopStatus.PUBLISHED)
			.map(Workshop::id)
			.toList());
		int sent = 0;
		for (long id : ids == null ? List.<Long>of() : ids) {
			sent += send(id, now);
		}
		return sent;
	}

	/** Sends the reminders of one workshop due at {@code now} that have not been sent yet. */
	public int send(long workshopId, Instant now) {
		int sent = 0;
		Workshop workshop = each.execute(status -> workshops.findById(workshopId).orElse(null));
		if (workshop == null || workshop.demo || workshop.status != WorkshopStatus.PUBLISHED) {
			return 0;
		}
		long id = workshop.id();
		Instant closes = workshop.registrationEnds();
		if (workshop.registrationOpen && now.isBefore(closes) && !now.isBefore(closes.minus(beforeDeadline))) {
			for (Invitation invitation : invitations.findByWorkshopIdOrderByCountryCodeAscNameAsc(id)) {
				if (invitation.status == InvitationStatus.SENT && MailApi.isAddress(invitation.email)
						&& once("deadline", id, invitation.email, now, () -> mail.deadlineReminder(
								workshops.findById(id).orElseThrow(), invitations.findById(java.util.Objects.requireNonNull(invitation.id)).orElseThrow()))) {
					sent++;
				}
			}
		}
		Instant starts = workshop.startDate.atStartOfDay(workshop.zone()).toInstant();
		if (now.isBefore(starts) && !now.isBefore(starts.minus(beforeStart))) {
			for (Registration registration : registrations.findByWorkshopIdAndStatusOrderByWaitlistedAtAscIdAsc(id,
					RegistrationStatus.CONFIRMED)) {
				// an address not proven yet is not reminded now, and still is once it is (WorkshopMail#proven)
				if (MailApi.isAddress(registration.email) && mail.proven(workshop, registration)
						&& once("start", id, registration.email, now,
						() -> mail.startReminder(workshops.findById(id).orElseThrow(),
								registrations.findById(registration.id()).orElseThrow()))) {
					sent++;
				}
			}
		}
		return sent;
	}

	/** Records the reminder and queues it in one transaction, unless it was recorded before (by this or another job). */
	private boolean once(String kind, long workshopId, String recipient, Instant now, Runnable queue) {
		try {
			Boolean done = each.execute(status -> {
				int recorded = jdbc.sql("""
						insert into workshop.reminder_sent (kind, workshop_id, recipient, sent_at)
						select :kind, :workshop, :recipient, :now where not exists (
						    select 1 from workshop.reminder_sent where kind = :kind and workshop_id = :workshop
						    and recipient = :recipient)""")
					.param("kind", kind)
					.param("workshop", workshopId)
					.param("recipient", recipient.toLowerCase(java.util.Locale.ROOT))
					.param("now", Timestamp.from(now))
					.update();
				if (recorded == 1) {
					queue.run();
				}
				return recorded == 1;
			});
			return Boolean.TRUE.equals(done);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
