package org.migracap.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.identity.UserSummary;
import org.migracap.platform.StartupData;
import org.migracap.platform.files.FileFacts;
import org.migracap.platform.files.UploadPolicy;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.springframework.stereotype.Component;

/**
 * Demo requests from the demo focal points' countries, in every status and of different ages, so that the triage
 * queue, the duplicates finder and the requesters' pages have something to show. Invented, and marked as demo.
 */
@Component
class DemoRequests implements StartupData {

	private final AssistanceRequests requests;

	private final StatusChanges history;

	private final IdentityApi identity;

	private final Attachments attachments;

	DemoRequests(AssistanceRequests requests, StatusChanges history, IdentityApi identity, Attachments attachments) {
		this.requests = requests;
		this.history = history;
		this.identity = identity;
		this.attachments = attachments;
	}

	@Override
	public String name() {
		return "demo-requests";
	}

	@Override
	public int order() {
		return 950;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public boolean demo() {
		return true;
	}

	private record Step(RequestStatus to, int daysAgo, @Nullable String note) {
	}

	@Override
	public void load() {
		if (requests.existsByDemoTrue()) {
			return;
		}
		UserSummary coordinator = identity.user("coordinator").orElse(null);
		if (coordinator == null) {
			return;
		}
		AssistanceRequest border = create("focal.ken", List.of("KEN"), EnumSet.of(FocusArea.B), HelpKind.TRAINING,
				Urgency.HIGH,
				"Training border officers in travel document examination",
				"Officers at the Namanga and Busia one-stop border posts need training in the examination of travel "
						+ "documents and in spotting forged passports, with a train-the-trainers module so that the "
						+ "immigration training school can repeat the course.",
				LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(9), 12, coordinator);
		create("focal.ken", List.of("KEN", "UGA", "TZA"), EnumSet.of(FocusArea.C), HelpKind.TECHNICAL_ADVICE,
				Urgency.MEDIUM, "Joint referral mechanism for victims of trafficking",
				"Kenya, Uganda and Tanzania ask for advice on a shared referral mechanism for victims of trafficking "
						+ "identified at their common borders: standard operating procedures, a shared case form and "
						+ "agreed contact points.",
				null, null, 34, coordinator,
				new Step(RequestStatus.INFO_REQUESTED, 5,
						"Which agencies would host the contact points in each country, and is there a budget line for "
								+ "shelters?"));
		create("focal.ken", List.of("KEN"), EnumSet.of(FocusArea.A), HelpKind.SYSTEMS_EQUIPMENT, Urgency.MEDIUM,
				"Diaspora skills registry",
				"A registry of the skills of Kenyans abroad who volunteer for short assignments at home, linked to "
						+ "the county governments that need them.",
				LocalDate.now().minusMonths(6), LocalDate.now().plusMonths(18), 400, coordinator,
				new Step(RequestStatus.ACCEPTED, 380, "Fits the diaspora engagement strategy; to be delivered in two phases."));
		AssistanceRequest airport = create("focal.gtm", List.of("GTM"), EnumSet.of(FocusArea.G),
				HelpKind.TECHNICAL_ADVICE, Urgency.HIGH,
				"Reception of returned nationals at the airport",
				"Guatemala receives several flights of returned nationals each week. It asks for help to organise "
						+ "reception at the airport: registration, health screening, onward transport and referral to "
						+ "reintegration services.",
				null, null, 41, coordinator);
		attach(border, "terms-of-reference.txt", "Terms of reference (demo): two five-day courses for 40 officers.");
		attach(airport, "arrivals-2025.csv", "month,flights,returnees\n2025-01,18,2311\n2025-02,16,2054\n");
		create("focal.gtm", List.of("GTM", "MEX"), EnumSet.of(FocusArea.C, FocusArea.X), HelpKind.WORKSHOP,
				Urgency.MEDIUM, "Consular protection of nationals in transit",
				"A joint workshop of the consular services of Guatemala and Mexico on the protection of nationals in "
						+ "transit: shared hotlines, emergency documents and cooperation with shelters.",
				LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(2), 3, coordinator);
		create("focal.mex", List.of("MEX"), EnumSet.of(FocusArea.H), HelpKind.STUDY_VISIT, Urgency.LOW,
				"Study visit on the integration of refugees in local labour markets",
				"A study visit for officials of the labour ministry to learn how other countries open local labour "
						+ "markets to refugees and asylum seekers.",
				null, null, 150, coordinator,
				new Step(RequestStatus.DECLINED, 120,
						"A regional peer exchange on the same topic is planned for next year; Mexico is invited to it "
								+ "instead of a separate visit."));
		create("focal.mar", List.of("MAR"), EnumSet.of(FocusArea.D, FocusArea.I), HelpKind.LEGISLATIVE_REVIEW,
				Urgency.MEDIUM, "Review of bilateral labour migration agreements",
				"Morocco asks for a review of its bilateral labour migration agreements against international "
						+ "standards on fair recruitment, with recommendations for the next round of negotiations.",
				null, null, 300, coordinator,
				new Step(RequestStatus.ACCEPTED, 280, "Accepted; to be combined with the fair recruitment work."));
		create("focal.mar", List.of("MAR"), EnumSet.of(FocusArea.B), HelpKind.TRAINING, Urgency.MEDIUM,
				"Training for border police in document examination",
				"Border police at the ports of Tangier and Nador ask for training in travel document examination and "
						+ "the detection of forged passports.",
				null, null, 100, coordinator);
		create("focal.phl", List.of("PHL"), EnumSet.of(FocusArea.D), HelpKind.TRAINING, Urgency.HIGH,
				"Pre-departure orientation for overseas workers",
				"Modernise the pre-departure orientation seminars for overseas workers: new modules on rights at "
						+ "work, contracts and remittances, and a trainer certification.",
				LocalDate.now().minusMonths(20), LocalDate.now().minusMonths(2), 700, coordinator,
				new Step(RequestStatus.ACCEPTED, 660, "Accepted."));
		create("focal.phl", List.of("PHL"), EnumSet.of(FocusArea.A), HelpKind.TECHNICAL_ADVICE, Urgency.LOW,
				"Cost of sending remittances", "Advice on reducing the cost of remittances sent home by overseas workers.",
				null, null, 90, coordinator,
				new Step(RequestStatus.WITHDRAWN, 60, "Covered by a central bank project in the meantime."));
		create("focal.sen", List.of("SEN"), EnumSet.of(FocusArea.G), HelpKind.TECHNICAL_ADVICE, Urgency.HIGH,
				"Reintegration of returning migrants",
				"Senegal asks for help to set up local reintegration committees in the regions of departure, with "
						+ "small business grants and psychosocial support for returning migrants.",
				null, null, 20, coordinator);
		create("focal.sen", List.of("SEN"), EnumSet.of(FocusArea.I), HelpKind.LEGISLATIVE_REVIEW, Urgency.MEDIUM,
				"Review of the draft national migration policy",
				"Comments on the draft national migration policy before it goes to the council of ministers.",
				null, null, 25, coordinator,
				new Step(RequestStatus.INFO_REQUESTED, 15, "Could you share the latest draft and the timetable for adoption?"));
		create("focal.esp", List.of("ESP"), EnumSet.of(FocusArea.H, FocusArea.X), HelpKind.WORKSHOP, Urgency.LOW,
				"Peer exchange on the integration of newcomers in municipalities",
				"A workshop where Spanish municipalities and their peers from origin and transit countries exchange "
						+ "practice on the reception and integration of newcomers.",
				null, null, 8, coordinator);
	}

	private void attach(@Nullable AssistanceRequest request, String filename, String text) {
		if (request == null) {
			return;
		}
		byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		FileFacts facts = new FileFacts(filename, filename.endsWith(".csv") ? "text/csv" : "text/plain", content.length,
				UploadPolicy.sha256(content));
		attachments.save(new Attachment(request.id(), facts.with(content), request.submittedAt(),
				request.submittedByName()));
	}

	private @Nullable AssistanceRequest create(String focalPoint, List<String> countries, Set<FocusArea> areas, HelpKind kind,
			Urgency urgency, String title, String description, @Nullable LocalDate start, @Nullable LocalDate end,
			int daysAgo, UserSummary coordinator, Step... steps) {
		UserSummary submitter = identity.user(focalPoint).orElse(null);
		if (submitter == null) {
			return null;
		}
		Instant submitted = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
		AssistanceRequest request = new AssistanceRequest(title + " (demo)", description, countries, areas, kind,
				urgency, start, end, submitter.id(), submitter.displayName(), "demo", submitted);
		request.markDemo();
		request = requests.save(request);
		history.save(new StatusChange(request.id(), submitted, submitter.id(), submitter.displayName(), null,
				RequestStatus.SUBMITTED, null));
		for (Step step : steps) {
			Instant at = Instant.now().minus(step.daysAgo(), ChronoUnit.DAYS);
			RequestStatus from = request.status();
			boolean byRequester = step.to() == RequestStatus.WITHDRAWN;
			UserSummary actor = byRequester ? submitter : coordinator;
			request.move(step.to(), actor.displayName(), actor.id(), at);
			switch (step.to()) {
				case INFO_REQUESTED -> request.ask(step.note() == null ? "" : step.note());
				case ACCEPTED, DECLINED -> request.decide(step.note());
				default -> {
				}
			}
			history.save(new StatusChange(request.id(), at, actor.id(), actor.displayName(), from, step.to(),
					step.note()));
		}
		request.backdate(submitted, request.statusChangedAt());
		return requests.save(request);
	}

}
