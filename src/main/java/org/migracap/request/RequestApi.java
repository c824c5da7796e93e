package org.migracap.request;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.request.domain.RequestRow;
import org.migracap.request.domain.RequestService;
import org.migracap.request.domain.RequestStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Requests for capacity-building help as other modules need them: the accepted ones (for planning and programmes),
 * and the open ones of a country. Requests from a workshop's action point come as an event
 * ({@code workshopoutcome.ActionPointAgreed}, ADR workshop-06).
 */
@Service
public class RequestApi {

	private final RequestService requests;

	RequestApi(RequestService requests) {
		this.requests = requests;
	}

	/** Every accepted request, oldest first. For IOM staff use (planning); carries no confidential text. */
	public List<RequestSummary> acceptedRequests() {
		return requests.withStatus(RequestStatus.ACCEPTED)
			.stream()
			.sorted(Comparator.comparing(RequestRow::submittedAt).thenComparingLong(RequestRow::id))
			.map(RequestApi::summary)
			.toList();
	}

	/**
	 * The open requests (submitted or waiting for information) of a country, newest first; empty unless the viewer is
	 * IOM staff or a focal point of that country.
	 */
	public List<RequestSummary> openRequests(String iso3, Optional<CurrentUser> viewer) {
		if (viewer.isEmpty() || !viewer.get().canSeeConfidentialOf(iso3)) {
			return List.of();
		}
		String code = iso3.toUpperCase(java.util.Locale.ROOT);
		return requests.visibleRows(viewer.get())
			.stream()
			.filter(r -> r.status().open() && r.countries().contains(code))
			.sorted(Comparator.comparing(RequestRow::submittedAt).reversed())
			.map(RequestApi::summary)
			.toList();
	}

	/** Every request of a country the viewer may see (any status), newest first. */
	public List<RequestSummary> requestsOf(String iso3, Optional<CurrentUser> viewer) {
		if (viewer.isEmpty() || !viewer.get().canSeeConfidentialOf(iso3)) {
			return List.of();
		}
		String code = iso3.toUpperCase(java.util.Locale.ROOT);
		return requests.visibleRows(viewer.get())
			.stream()
			.filter(r -> r.countries().contains(code))
			.sorted(Comparator.comparing(RequestRow::submittedAt).reversed())
			.map(RequestApi::summary)
			.toList();
	}

	/** A request with its description, if the viewer may see it. */
	public Optional<RequestDetails> details(long id, Optional<CurrentUser> viewer) {
		if (viewer.isEmpty()) {
			return Optional.empty();
		}
		return requests.find(id)
			.filter(r -> viewer.get().isStaff() || r.countries().stream().anyMatch(viewer.get()::isFocalPointOf))
			.map(r -> new RequestDetails(summary(r), r.description(), r.desiredStart(), r.desiredEnd(),
					r.programmeId()));
	}

	/**
	 * Records that a programme delivers an accepted request; the requesting countries are notified.
	 * @throws org.migracap.platform.RuleViolationException when the request is not accepted
	 */
	public void linkProgramme(long requestId, long programmeId, String programmeTitle, CurrentUser actor) {
		if (!actor.isStaff()) {
			throw new AccessDeniedException("Only IOM staff link programmes to requests");
		}
		requests.linkProgramme(requestId, programmeId, programmeTitle, actor);
	}

	static RequestSummary summary(RequestRow row) {
		return new RequestSummary(row.id(), row.title(), new LinkedHashSet<>(row.countries()), row.areas(), row.kind(),
				row.urgency(), row.status().name(), LocalDate.ofInstant(row.submittedAt(), ZoneOffset.UTC));
	}

}
