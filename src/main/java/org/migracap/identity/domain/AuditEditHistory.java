package org.migracap.identity.domain;

import java.util.List;

import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.EditHistory;
import org.springframework.stereotype.Component;

/** The platform's view of the audit trail for concurrent edits: the changes {@link AuditTrail#changesSince} finds. */
@Component
class AuditEditHistory implements EditHistory {

	private final AuditTrail audit;

	AuditEditHistory(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public List<Change> changesSince(ConcurrentEditException conflict) {
		Class<?> type = conflict.type();
		Object id = conflict.recordId();
		if (type == null || id == null) {
			return List.of();
		}
		return audit.changesSince(type, id, conflict.yourVersion())
			.stream()
			.map(c -> new Change(c.field(), c.before(), c.after()))
			.toList();
	}

}
