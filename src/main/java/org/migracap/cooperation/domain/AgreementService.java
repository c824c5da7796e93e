package org.migracap.cooperation.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.cooperation.AgreementProposal;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.StoredFile;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements and partnerships. Everybody sees the agreements that are not confidential; a confidential agreement
 * (drafts, by default) only IOM staff and the focal points of its State parties. Coordinators and administrators
 * record and change them; workshops propose drafts.
 */
@Service
public class AgreementService {

	private final Agreements agreements;

	private final AgreementDocuments documents;

	private final ReferenceApi reference;

	private final CooperationSettings settings;

	AgreementService(Agreements agreements, AgreementDocuments documents, ReferenceApi reference,
			CooperationSettings settings) {
		this.agreements = agreements;
		this.documents = documents;
		this.reference = reference;
		this.settings = settings;
	}

	public record PartyView(PartyKind kind, @Nullable String iso3, @Nullable String name) {
	}

	public record AgreementView(long id, String title, AgreementType type, AgreementStatus status,
			Set<FocusArea> areas, @Nullable String description, @Nullable LocalDate signedOn,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, boolean confidential, @Nullable String origin,
			boolean demo, Instant createdAt, @Nullable String createdBy, List<PartyView> parties, boolean inForce,
			long version) {

		/** The States party to the agreement. */
		public Set<String> states() {
			return parties.stream()
				.filter(p -> p.kind() == PartyKind.STATE)
				.map(PartyView::iso3)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
		}

		public List<PartyView> nonStateParties() {
			return parties.stream().filter(p -> p.kind() != PartyKind.STATE).toList();
		}

		/** Whether the agreement is in force and binds both countries in the area. */
		public boolean covers(String iso3a, String iso3b, FocusArea area) {
			Set<String> states = states();
			return inForce && areas.contains(area) && states.contains(iso3a) && states.contains(iso3b);
		}

	}

	public record AgreementDraft(String title, AgreementType type, AgreementStatus status, Set<FocusArea> areas,
			@Nullable String description, @Nullable LocalDate signedOn, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, boolean confidential, List<PartyView> parties) {
	}

	static boolean visible(Agreement a, Optional<CurrentUser> viewer) {
		if (!a.confidential()) {
			return true;
		}
		if (viewer.isEmpty()) {
			return false;
		}
		CurrentUser user = viewer.get();
		return user.isStaff() || a.parties()
			.stream()
			.anyMatch(p -> p.kind() == PartyKind.STATE && user.isFocalPointOf(p.iso3()));
	}

	@Transactional(readOnly = true)
	public List<AgreementView> list(Optional<CurrentUser> viewer) {
		LocalDate today = LocalDate.now();
		return agreements.findAllBy()
			.stream()
			.filter(a -> visible(a, viewer))
			.map(a -> view(a, today))
			.sorted(Comparator.comparing(AgreementView::createdAt).reversed())
			.toList();
	}

	/** The agreements a country is party to, as a State or as the country of a non-state party. */
	@Transactional(readOnly = true)
	public List<AgreementView> ofCountry(String iso3, Optional<CurrentUser> viewer) {
		return list(viewer).stream().filter(a -> a.parties().stream().anyMatch(p -> iso3.equals(p.iso3()))).toList();
	}

	@Transactional(readOnly = true)
	public AgreementView get(long id, Optional<CurrentUser> viewer) {
		Agreement agreement = agreements.findById(id)
			.filter(a -> visible(a, viewer))
			.orElseThrow(() -> NotFoundException.of("agreement", id));
		return view(agreement, LocalDate.now());
	}

	@Transactional
	public AgreementView create(AgreementDraft draft, CurrentUser actor) {
		requireStaff(actor);
		Agreement agreement = new Agreement(false, null, actor.username());
		apply(agreement, draft);
		return view(agreements.saveAndFlush(agreement), LocalDate.now());
	}

	@Transactional
	AgreementView createDemo(AgreementDraft draft) {
		Agreement agreement = new Agreement(true, "demo", "demo");
		apply(agreement, draft);
		return view(agreements.saveAndFlush(agreement), LocalDate.now());
	}

	@Transactional
	public AgreementView update(long id, long version, AgreementDraft draft, CurrentUser actor) {
		requireStaff(actor);
		Agreement agreement = find(id);
		ConcurrentEditException.check("agreement", id, version, agreement.version());
		apply(agreement, draft);
		return view(agreements.saveAndFlush(agreement), LocalDate.now());
	}

	@Transactional
	public void delete(long id, long version, CurrentUser actor) {
		requireStaff(actor);
		Agreement agreement = find(id);
		ConcurrentEditException.check("agreement", id, version, agreement.version());
		documents.deleteAll(documents.findByAgreementId(id));
		agreements.delete(agreement);
	}

	/** Creates a confidential draft from a proposal (a workshop's conclusion). */
	@Transactional
	public long propose(AgreementProposal proposal, CurrentUser actor) {
		if (!actor.isStaff() && !actor.has(Role.FACILITATOR)) {
			throw new AccessDeniedException("Only IOM staff and workshop facilitators propose agreements");
		}
		AgreementType type;
		try {
			type = AgreementType.valueOf(proposal.type().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.invalid("cooperation.agreement.error.type", proposal.type());
		}
		List<PartyView> parties = proposal.partyIso3()
			.stream()
			.sorted()
			.map(iso3 -> new PartyView(PartyKind.STATE, iso3, null))
			.toList();
		String origin = proposal.source() == null || proposal.source().isBlank() ? null : proposal.source().trim();
		if (origin != null && origin.length() > 100) {
			throw RuleViolationException.invalid("cooperation.agreement.error.origin");
		}
		Agreement agreement = new Agreement(false, origin, actor.username());
		apply(agreement, new AgreementDraft(proposal.title(), type, AgreementStatus.DRAFT, proposal.areas(),
				proposal.description(), null, null, null, true, parties));
		return agreements.saveAndFlush(agreement).id();
	}

	@Transactional(readOnly = true)
	public List<DocumentView> documents(long agreementId, Optional<CurrentUser> viewer) {
		get(agreementId, viewer);
		return documents.summaries(agreementId);
	}

	@Transactional(readOnly = true)
	public StoredFile file(long agreementId, long documentId, Optional<CurrentUser> viewer) {
		get(agreementId, viewer);
		return documents.findById(documentId)
			.filter(d -> d.agreementId() == agreementId)
			.map(AgreementDocument::file)
			.orElseThrow(() -> NotFoundException.of("document", documentId));
	}

	@Transactional
	public DocumentView addLink(long agreementId, String title, String url, CurrentUser actor) {
		requireStaff(actor);
		find(agreementId);
		String t = documentTitle(title);
		String u = url == null ? "" : url.trim();
		if (!u.matches("(?i)https?://\\S+") || u.length() > 1000) {
			throw RuleViolationException.invalid("cooperation.document.error.url");
		}
		try {
			URI.create(u);
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.invalid("cooperation.document.error.url");
		}
		AgreementDocument saved = documents.saveAndFlush(AgreementDocument.link(agreementId, t, u, actor.username()));
		return summary(saved);
	}

	@Transactional
	public DocumentView addFile(long agreementId, String title, String fileName, byte[] content, CurrentUser actor) {
		requireStaff(actor);
		find(agreementId);
		StoredFile file = settings.documentPolicy().accept(fileName, content);
		AgreementDocument saved = documents.saveAndFlush(AgreementDocument.file(agreementId,
				documentTitle(title.isBlank() ? file.fileName() : title), file, actor.username()));
		return summary(saved);
	}

	@Transactional
	public void removeDocument(long agreementId, long documentId, long version, CurrentUser actor) {
		requireStaff(actor);
		AgreementDocument document = documents.findById(documentId)
			.filter(d -> d.agreementId() == agreementId)
			.orElseThrow(() -> NotFoundException.of("document", documentId));
		ConcurrentEditException.check("document", documentId, version, document.version());
		documents.delete(document);
	}

	private static String documentTitle(String title) {
		String t = title == null ? "" : title.trim();
		if (t.isEmpty() || t.length() > 300) {
			throw RuleViolationException.invalid("cooperation.document.error.title");
		}
		return t;
	}

	private void apply(Agreement agreement, AgreementDraft draft) {
		String title = draft.title() == null ? "" : draft.title().trim();
		if (title.isEmpty() || title.length() > 300) {
			throw RuleViolationException.invalid("cooperation.agreement.error.title");
		}
		String description = draft.description() == null || draft.description().isBlank() ? null
				: draft.description().trim();
		if (description != null && description.length() > 4000) {
			throw RuleViolationException.invalid("cooperation.agreement.error.description");
		}
		if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			throw RuleViolationException.invalid("cooperation.agreement.error.dates");
		}
		List<AgreementParty.Draft> parties = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (PartyView party : draft.parties()) {
			String iso3 = party.iso3() == null || party.iso3().isBlank() ? null
					: party.iso3().trim().toUpperCase(Locale.ROOT);
			String name = party.name() == null || party.name().isBlank() ? null : party.name().trim();
			if (iso3 != null && !reference.isCountry(iso3)) {
				throw RuleViolationException.invalid("cooperation.agreement.error.partyCountry", iso3);
			}
			if (party.kind() == PartyKind.STATE) {
				if (iso3 == null) {
					throw RuleViolationException.invalid("cooperation.agreement.error.stateCountry");
				}
				name = null;
			}
			else if (name == null || name.length() > 300) {
				throw RuleViolationException.invalid("cooperation.agreement.error.partyName");
			}
			if (!seen.add(party.kind() + "|" + iso3 + "|" + (name == null ? "" : name.toLowerCase(Locale.ROOT)))) {
				throw RuleViolationException.invalid("cooperation.agreement.error.duplicateParty",
						name == null ? iso3 : name);
			}
			parties.add(new AgreementParty.Draft(party.kind(), iso3, name));
		}
		if (parties.isEmpty()) {
			throw RuleViolationException.invalid("cooperation.agreement.error.noParty");
		}
		agreement.describe(title, draft.type(), draft.status(),
				draft.areas() == null || draft.areas().isEmpty() ? EnumSet.noneOf(FocusArea.class) : draft.areas(),
				description, draft.signedOn(), draft.startsOn(), draft.endsOn(), draft.confidential());
		agreement.parties(parties);
	}

	private static void requireStaff(CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff manage agreements");
		}
	}

	private Agreement find(long id) {
		return agreements.findById(id).orElseThrow(() -> NotFoundException.of("agreement", id));
	}

	private static DocumentView summary(AgreementDocument d) {
		StoredFile file = d.file();
		return new DocumentView(d.id(), d.agreementId(), d.title(), d.url(), file == null ? null : file.fileName(),
				file == null ? null : file.contentType(), file == null ? null : file.size(), d.uploadedAt(),
				d.uploadedBy(), d.version());
	}

	private static AgreementView view(Agreement a, LocalDate today) {
		List<PartyView> parties = a.parties().stream().map(p -> new PartyView(p.kind(), p.iso3(), p.name())).toList();
		return new AgreementView(a.id(), a.title(), a.type(), a.status(), a.areas(), a.description(), a.signedOn(),
				a.startsOn(), a.endsOn(), a.confidential(), a.origin(), a.demo(), a.createdAt(), a.createdBy(), parties,
				a.inForce(today), a.version());
	}

}
