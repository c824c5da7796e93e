package org.migracap.workshop.domain;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop's scope (the countries it is for) and its invitation list. Countries are added by region, by migration
 * route, by capacity gap in an area, or by hand; the focal points of every scoped country are invited and uninvited
 * with it, and other contacts are added by hand.
 */
@Service("workshopScopeService")
public class ScopeService {

	private final WorkshopAccess access;

	private final ScopeCountries scope;

	private final Invitations invitations;

	private final Registrations registrations;

	private final IdentityApi identity;

	private final ReferenceApi reference;

	private final PartnerModules partners;

	private final WorkshopMail mail;

	ScopeService(WorkshopAccess access, ScopeCountries scope, Invitations invitations, Registrations registrations,
			IdentityApi identity, ReferenceApi reference, PartnerModules partners, WorkshopMail mail) {
		this.mail = mail;
		this.access = access;
		this.scope = scope;
		this.invitations = invitations;
		this.registrations = registrations;
		this.identity = identity;
		this.reference = reference;
		this.partners = partners;
	}

	/** One scoped country and how it came into scope ({@code region}, {@code route}, {@code gap}, {@code hand}). */
	public record ScopeRow(String iso3, String name, String sourceKind, String sourceDetail, int focalPoints) {
	}

	public record InvitationRow(long id, @Nullable Long userId, String name, String email, @Nullable String countryCode,
			@Nullable String countryName, @Nullable String organisation, String language, InvitationSource source,
			InvitationStatus status, @Nullable Instant sentAt) {
	}

	public record ContactCommand(String name, String email, @Nullable String countryCode, @Nullable String organisation,
			String language) {
	}

	@Transactional(readOnly = true)
	public List<ScopeRow> scope(long workshopId, Optional<CurrentUser> viewer, Locale locale) {
		access.visible(workshopId, viewer);
		Collator collator = Collator.getInstance(locale);
		return scope.findByWorkshopIdOrderByCountryCode(workshopId)
			.stream()
			.map(c -> {
				String[] source = c.source.split(":", 2);
				return new ScopeRow(c.countryCode, reference.getCountry(c.countryCode).name(locale), source[0],
						source.length > 1 ? source[1] : "", identity.focalPointsOf(c.countryCode).size());
			})
			.sorted(Comparator.comparing(ScopeRow::name, collator))
			.toList();
	}

	@Transactional
	public int addRegion(long workshopId, String m49, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		List<CountryView> countries = reference.countriesInRegion(m49);
		if (countries.isEmpty()) {
			throw RuleViolationException.invalid("workshop.scope.error.unknownRegion", m49);
		}
		return add(workshop, countries.stream().map(CountryView::iso3).toList(), "region:" + m49);
	}

	@Transactional
	public int addRoute(long workshopId, long routeId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		if (!partners.routesAvailable()) {
			throw PartnerModules.unavailable("mobility");
		}
		PartnerModules.RouteChoice route = partners.routes()
			.stream()
			.filter(r -> r.id() == routeId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("route", routeId));
		return add(workshop, route.countries(), "route:" + route.name());
	}

	@Transactional
	public int addGap(long workshopId, FocusArea area, double minGap, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		if (!partners.gapsAvailable()) {
			throw PartnerModules.unavailable("assessment");
		}
		if (minGap < 0 || minGap > 4) {
			throw RuleViolationException.invalid("workshop.scope.error.gapRange");
		}
		List<String> countries = partners.countriesWithGap(area, minGap, Optional.of(user));
		if (countries.isEmpty()) {
			throw RuleViolationException.invalid("workshop.scope.error.noGap", area.code(), minGap);
		}
		return add(workshop, countries, "gap:" + area.code() + " ≥ " + minGap);
	}

	@Transactional
	public int addCountry(long workshopId, String iso3, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		String code = iso3.trim().toUpperCase(Locale.ROOT);
		if (!reference.isCountry(code)) {
			throw RuleViolationException.invalid("workshop.scope.error.unknownCountry", iso3);
		}
		return add(workshop, List.of(code), "hand");
	}

	@Transactional
	public void removeCountry(long workshopId, String iso3, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		scope.findByWorkshopIdAndCountryCode(workshop.id(), iso3).ifPresent(scope::delete);
		scope.flush();
		syncInvitations(workshop);
	}

	private int add(Workshop workshop, List<String> countries, String source) {
		int added = 0;
		for (String iso3 : new LinkedHashSet<>(countries)) {
			if (scope.findByWorkshopIdAndCountryCode(workshop.id(), iso3).isEmpty()) {
				scope.save(new ScopeCountry(workshop.id(), iso3, source));
				added++;
			}
		}
		scope.flush();
		syncInvitations(workshop);
		return added;
	}

	private Workshop editable(long workshopId, CurrentUser user) {
		Workshop workshop = access.managed(workshopId, user);
		workshop.requireNotConcluded();
		return workshop;
	}

	/**
	 * Invites the enabled focal points of every scoped country and withdraws the invitations not yet sent to focal
	 * points of countries no longer in scope.
	 */
	void syncInvitations(Workshop workshop) {
		Set<String> countries = new LinkedHashSet<>();
		scope.findByWorkshopIdOrderByCountryCode(workshop.id()).forEach(c -> countries.add(c.countryCode));
		for (String iso3 : countries) {
			for (UserSummary focal : identity.focalPointsOf(iso3)) {
				if (invitations.findByWorkshopIdAndUserId(workshop.id(), focal.id()).isEmpty()) {
					String language = workshop.languages.contains(focal.preferredLanguage()) ? focal.preferredLanguage()
							: workshop.primaryLanguage();
					Invitation invitation = new Invitation(workshop.id(), focal.id(), focal.displayName(), focal.email(),
							iso3, language, InvitationSource.FOCAL_POINT);
					if (registrations.findByWorkshopIdAndUserId(workshop.id(), focal.id()).filter(Registration::active).isPresent()) {
						invitation.status = InvitationStatus.REGISTERED;
					}
					invitations.save(invitation);
				}
			}
		}
		for (Invitation invitation : invitations.findByWorkshopIdOrderByCountryCodeAscNameAsc(workshop.id())) {
			if (invitation.source == InvitationSource.FOCAL_POINT && invitation.status == InvitationStatus.PENDING
					&& !countries.contains(invitation.countryCode)) {
				invitations.delete(invitation);
			}
		}
	}

	@Transactional(readOnly = true)
	public List<InvitationRow> invitations(long workshopId, CurrentUser user, Locale locale) {
		access.managed(workshopId, user);
		return invitations.findByWorkshopIdOrderByCountryCodeAscNameAsc(workshopId)
			.stream()
			.map(i -> new InvitationRow(java.util.Objects.requireNonNull(i.id), i.userId, i.name, i.email,
					i.countryCode, i.countryCode == null ? null : reference.getCountry(i.countryCode).name(locale),
					i.organisation, i.language, i.source, i.status, i.sentAt))
			.toList();
	}

	@Transactional
	public void addContact(long workshopId, ContactCommand contact, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		String email = contact.email().trim();
		if (invitations.findFirstByWorkshopIdAndEmailIgnoreCase(workshop.id(), email).isPresent()) {
			throw RuleViolationException.conflict("workshop.invitation.error.duplicate", email);
		}
		String country = Strings.blankToNull(contact.countryCode());
		if (country != null && !reference.isCountry(country)) {
			throw RuleViolationException.invalid("workshop.scope.error.unknownCountry", country);
		}
		if (!workshop.languages.contains(contact.language())) {
			throw RuleViolationException.invalid("workshop.error.notWorkingLanguage", contact.language());
		}
		Invitation invitation = new Invitation(workshop.id(), null, contact.name().trim(), email, country,
				contact.language(), InvitationSource.CONTACT);
		invitation.organisation = Strings.blankToNull(contact.organisation());
		invitations.save(invitation);
	}

	@Transactional
	public void removeInvitation(long workshopId, long invitationId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		Invitation invitation = invitations.findById(invitationId)
			.filter(i -> i.workshopId == workshop.id())
			.orElseThrow(() -> NotFoundException.of("invitation", invitationId));
		invitations.delete(invitation);
	}

	/**
	 * Sends the pending invitations by e-mail, in the invitee's language, each with a personal registration link;
	 * users with an account are also notified in the application. Returns how many were sent.
	 */
	@Transactional
	public int send(long workshopId, CurrentUser user) {
		Workshop workshop = editable(workshopId, user);
		if (workshop.status == WorkshopStatus.DRAFT) {
			throw RuleViolationException.conflict("workshop.error.publishFirst");
		}
		int sent = 0;
		for (Invitation invitation : invitations.findByWorkshopIdOrderByCountryCodeAscNameAsc(workshop.id())) {
			if (invitation.status != InvitationStatus.PENDING) {
				continue;
			}
			invitation.status = InvitationStatus.SENT;
			invitation.sentAt = Instant.now();
			mail.invite(workshop, invitation);
			if (invitation.userId != null) {
				identity.notify(List.of(invitation.userId), "workshop.notification.invited",
						List.of(workshop.title().resolve(Locale.of(invitation.language), workshop.languages)),
						"/workshops/" + workshop.id());
			}
			sent++;
		}
		return sent;
	}

	/** What following a personal registration link leads to. */
	public enum LinkOutcome {

		/** The link is the signed-in user's: on to the registration form. */
		REGISTER,
		/** A valid link followed by nobody signed in: sign in first, then come back. */
		SIGN_IN, EXPIRED, UNKNOWN,
		/** A valid link of another person's invitation. */
		FOREIGN

	}

	public record FollowedLink(LinkOutcome outcome, long workshopId, String language) {
	}

	/**
	 * Where a personal registration link leads the person who follows it. The link names an invitation; it leads to
	 * the registration form only for the invited person (the invitation's account, or an account with its address).
	 * A valid link followed by somebody signed out or by the invited person is recorded as followed: it proves the
	 * invitation's address ({@link WorkshopMail#proven}). It changes nothing else.
	 */
	@Transactional
	public FollowedLink follow(String token, Optional<CurrentUser> viewer) {
		WorkshopMail.Link link = mail.follow(token);
		Optional<Invitation> found = link.state() == WorkshopMail.LinkState.UNKNOWN ? Optional.empty()
				: invitations.findById(link.invitationId());
		if (found.isEmpty()) {
			return new FollowedLink(LinkOutcome.UNKNOWN, 0, "en");
		}
		Invitation invitation = found.get();
		if (link.state() == WorkshopMail.LinkState.EXPIRED) {
			return new FollowedLink(LinkOutcome.EXPIRED, invitation.workshopId, invitation.language);
		}
		if (viewer.isEmpty()) {
			mail.followed(token);
			return new FollowedLink(LinkOutcome.SIGN_IN, invitation.workshopId, invitation.language);
		}
		CurrentUser user = viewer.get();
		boolean own = invitation.userId != null ? invitation.userId == user.id()
				: identity.user(user.id()).map(u -> u.email().equalsIgnoreCase(invitation.email)).orElse(false);
		if (own) {
			mail.followed(token);
		}
		return new FollowedLink(own ? LinkOutcome.REGISTER : LinkOutcome.FOREIGN, invitation.workshopId,
				invitation.language);
	}

	void markRegistered(Workshop workshop, @Nullable Long userId, String email) {
		Optional<Invitation> invitation = userId == null ? Optional.empty()
				: invitations.findByWorkshopIdAndUserId(workshop.id(), userId);
		if (invitation.isEmpty()) {
			invitation = invitations.findFirstByWorkshopIdAndEmailIgnoreCase(workshop.id(), email);
		}
		invitation.ifPresent(i -> i.status = InvitationStatus.REGISTERED);
	}

}
