package org.migracap.request.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;

/**
 * A request as lists show it. {@code ageDays} counts from submission, {@code waitingDays} from the last change of
 * status (how long it has waited where it is).
 */
public record RequestRow(long id, String title, String description, List<String> countries, Set<FocusArea> areas,
		HelpKind kind, Urgency urgency, RequestStatus status, Instant submittedAt, Instant statusChangedAt,
		long ageDays, long waitingDays, String submittedByName, @Nullable String origin, @Nullable LocalDate desiredStart,
		@Nullable LocalDate desiredEnd, @Nullable Long programmeId, boolean demo) {

	public String leadCountry() {
		return countries.get(0);
	}

	public boolean joint() {
		return countries.size() > 1;
	}

	public String ageBucket() {
		return RequestQuery.bucket(waitingDays);
	}

}
