package org.migracap.workshop.domain;

import java.io.Serializable;
import java.util.List;

/** A warning or remark shown to a facilitator: a message key of the workshop bundle and its arguments. */
public record Notice(String messageKey, List<Object> args) implements Serializable {

	public static Notice of(String key, Object... args) {
		return new Notice(key, List.of(args));
	}

	public Object[] argArray() {
		return args.toArray();
	}

}
