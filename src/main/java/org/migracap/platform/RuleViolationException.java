package org.migracap.platform;

import org.springframework.http.HttpStatus;

/**
 * A request that is well formed but breaks a business rule (a workflow step out of order, a duplicate code). Carries
 * a message key translated for the user and the HTTP status to answer with.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	private final HttpStatus status;

	private RuleViolationException(HttpStatus status, String messageKey, Object... args) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.args = args;
	}

	/** The request conflicts with the current state of a record (409). */
	public static RuleViolationException conflict(String messageKey, Object... args) {
		return new RuleViolationException(HttpStatus.CONFLICT, messageKey, args);
	}

	/** The request asks for something the rules do not allow (422). */
	public static RuleViolationException invalid(String messageKey, Object... args) {
		return new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, args);
	}

	/** A parameter of the request is out of its documented range (400), e.g. a list's page size or sort field. */
	public static RuleViolationException badRequest(String messageKey, Object... args) {
		return new RuleViolationException(HttpStatus.BAD_REQUEST, messageKey, args);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	public HttpStatus status() {
		return status;
	}

}
