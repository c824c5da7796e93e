package org.migracap.request.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. A submitted request waits for triage; asking for more information hands it back to the
 * requester until answered; accepting or declining closes triage; the requester may withdraw an open request.
 */
public enum RequestStatus {

	SUBMITTED, INFO_REQUESTED, ACCEPTED, DECLINED, WITHDRAWN;

	public static final Set<RequestStatus> OPEN = EnumSet.of(SUBMITTED, INFO_REQUESTED);

	public boolean open() {
		return OPEN.contains(this);
	}

	public String messageKey() {
		return "request.status." + name();
	}

	/** Bootstrap colour class of the status badge. */
	public String badge() {
		return switch (this) {
			case SUBMITTED -> "text-bg-primary";
			case INFO_REQUESTED -> "text-bg-warning";
			case ACCEPTED -> "text-bg-success";
			case DECLINED -> "text-bg-danger";
			case WITHDRAWN -> "text-bg-secondary";
		};
	}

}
