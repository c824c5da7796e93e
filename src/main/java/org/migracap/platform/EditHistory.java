package org.migracap.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What changed in an audited record since a version of it, field by field: what the loser of a concurrent edit is
 * shown, in the page and in the API's problem detail. Implemented by the identity module from the audit trail (the
 * same reading as {@code IdentityApi.changesSince}).
 */
public interface EditHistory {

	/** The fields changed since the version the user edited; empty when the exception names no audited record. */
	List<Change> changesSince(ConcurrentEditException conflict);

	record Change(String field, @Nullable String before, @Nullable String after) {
	}

}
