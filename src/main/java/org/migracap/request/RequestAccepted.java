package org.migracap.request;

import java.util.Set;

import org.migracap.reference.FocusArea;

/**
 * IOM accepted a request for help: published when a coordinator accepts it.
 */
public record RequestAccepted(long requestId, Set<String> countries, Set<FocusArea> areas, HelpKind kind,
		Urgency urgency) {
}
