package org.migracap.workshop.domain.scheduling;

import java.util.List;

/**
 * One reason a schedule is impossible, as a message key of the workshop bundle and its arguments (session titles,
 * speaker and room names, counts), translated when shown.
 */
public record Conflict(String messageKey, List<Object> args) implements java.io.Serializable {

	public static Conflict of(String key, Object... args) {
		return new Conflict("workshop.schedule.conflict." + key, List.of(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}

}
