package org.migracap.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.domain.AuditTrail;
import org.migracap.identity.domain.NotificationService;
import org.migracap.identity.domain.UserService;
import org.migracap.identity.domain.WorkflowMail;
import org.migracap.platform.Role;
import org.springframework.stereotype.Service;

/**
 * Users as other modules need them, in-app notifications, and the changes made to a record since a version (for the
 * user who loses a concurrent edit).
 */
@Service
public class IdentityApi {

	private final UserService users;

	private final NotificationService notifications;

	private final AuditTrail audit;

	private final WorkflowMail mail;

	IdentityApi(UserService users, NotificationService notifications, AuditTrail audit, WorkflowMail mail) {
		this.users = users;
		this.notifications = notifications;
		this.audit = audit;
		this.mail = mail;
	}

	public Optional<UserSummary> user(long id) {
		return users.find(id).map(IdentityApi::summary);
	}

	public Optional<UserSummary> user(String username) {
		return users.findByUsername(username).map(IdentityApi::summary);
	}

	/**
	 * Whether mail may go to the address as a verified one: the verified address of the enabled account {@code userId},
	 * or, without a user, of any enabled account.
	 */
	public boolean isVerifiedAddress(@Nullable Long userId, String email) {
		return users.isVerifiedAddress(userId, email);
	}

	/** The enabled focal points of a country. */
	public List<UserSummary> focalPointsOf(String iso3) {
		return users.focalPointsOf(iso3).stream().map(IdentityApi::summary).toList();
	}

	/** The enabled users who hold a role. */
	public List<UserSummary> usersWithRole(Role role) {
		return users.withRole(role).stream().map(IdentityApi::summary).toList();
	}

	/**
	 * Notifies users in the application and by e-mail. The message is a key of a module's bundle, translated into
	 * each user's language when shown; {@code link} is a path inside the application. The mail is of the
	 * notification's kind ({@link WorkflowMail#kind}), goes only to verified addresses, and is sent at once, in the
	 * daily digest or not at all as each user chose; it is queued in the caller's transaction.
	 */
	public void notify(Collection<Long> userIds, String messageKey, List<String> args, @Nullable String link) {
		Set<Long> distinct = new LinkedHashSet<>(userIds);
		for (Long id : distinct) {
			notifications.notify(id, messageKey, args, link);
			mail.send(id, messageKey, args, link);
		}
	}

	/** Notifies the focal points of a country. */
	public void notifyCountry(String iso3, String messageKey, List<String> args, @Nullable String link) {
		notify(focalPointsOf(iso3).stream().map(UserSummary::id).toList(), messageKey, args, link);
	}

	/** Notifies every enabled user with the role. */
	public void notifyRole(Role role, String messageKey, List<String> args, @Nullable String link) {
		notify(usersWithRole(role).stream().map(UserSummary::id).toList(), messageKey, args, link);
	}

	/**
	 * The fields of an audited record that changed since the given version, as text before and after.
	 * @param type the entity class
	 */
	public List<FieldChange> changesSince(Class<?> type, Object id, long version) {
		return audit.changesSince(type, id, version)
			.stream()
			.map(c -> new FieldChange(c.field(), c.before(), c.after()))
			.toList();
	}

	public record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

	private static UserSummary summary(UserService.UserRecord u) {
		return new UserSummary(u.id(), u.username(), u.displayName(), u.email(), u.roles(), u.countryCode(),
				u.preferredLanguage(), u.demo());
	}

}
