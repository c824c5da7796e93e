package org.migracap.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.EditHistory;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details, with translated, plain messages and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	/** The problem type of a concurrent edit: the record changed since the version the caller sent. */
	static final URI CONFLICT = URI.create("urn:migracap:problem:conflict");

	private final MessageSource messages;

	private final ObjectProvider<EditHistory> history;

	ApiErrors(MessageSource messages, ObjectProvider<EditHistory> history) {
		this.messages = messages;
		this.history = history;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, text("error.notFound.detail", ex.what(), ex.id()));
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail ruleViolation(RuleViolationException ex, HttpServletRequest request) {
		return problem(request, ex.status(), text(ex.messageKey(), ex.args()));
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ProblemDetail concurrentEdit(ConcurrentEditException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.CONFLICT,
				text("error.concurrentEdit.detail", ex.what(), ex.yourVersion(), ex.currentVersion()));
		problem.setType(CONFLICT);
		problem.setProperty("what", ex.what());
		problem.setProperty("yourVersion", ex.yourVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		EditHistory changes = history.getIfAvailable();
		problem.setProperty("changes", changes == null ? List.of()
				: changes.changesSince(ex)
					.stream()
					.map(c -> {
						Map<String, @Nullable String> change = new LinkedHashMap<>();
						change.put("field", c.field());
						change.put("before", c.before());
						change.put("after", c.after());
						return change;
					})
					.toList());
		return problem;
	}

	/** A stale If-Match: 412 with the current entity tag, nothing changed. */
	@ExceptionHandler(org.migracap.platform.ETags.PreconditionFailedException.class)
	ResponseEntity<ProblemDetail> preconditionFailed(org.migracap.platform.ETags.PreconditionFailedException ex,
			HttpServletRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.PRECONDITION_FAILED,
				text("error.preconditionFailed.detail", ex.what(), ex.sent(), ex.currentTag()));
		problem.setProperty("currentETag", ex.currentTag());
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(ex.currentTag()).body(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail optimisticLock(OptimisticLockingFailureException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.CONFLICT, text("error.concurrentEdit.generic"));
		problem.setType(CONFLICT);
		return problem;
	}

	@ExceptionHandler(ImportFailedException.class)
	ProblemDetail importFailed(ImportFailedException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.UNPROCESSABLE_CONTENT,
				text("import.failed", ex.report().source(), ex.report().problems().size()));
		problem.setProperty("problems", ex.report()
			.problems()
			.stream()
			.map(p -> Map.of("line", p.line(), "column", p.column(), "message",
					text(p.messageKey(), p.args().toArray())))
			.toList());
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, text("error.validation.detail"));
		problem.setProperty("errors", ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
			.toList());
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, text("error.typeMismatch.detail", ex.getName()));
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail multipart(Exception ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, text("error.badRequest.detail"));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, text("error.badRequest.detail"));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
		ProblemDetail problem = problem(request, HttpStatus.INTERNAL_SERVER_ERROR,
				text("error.unexpected.detail", reference));
		problem.setProperty("reference", reference);
		return problem;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("error.validation.detail"));
		problem.setTitle(text("error.400.title"));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> Map.of("field", error instanceof FieldError field ? field.getField() : error.getObjectName(),
					"message", messages.getMessage(error, locale())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(typed(problem));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("error.validation.detail"));
		problem.setTitle(text("error.400.title"));
		problem.setProperty("errors", ex.getAllErrors()
			.stream()
			.map(error -> messages.getMessage(error, locale()))
			.toList());
		return ResponseEntity.badRequest().body(typed(problem));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				text("error.uploadTooLarge.detail"));
		problem.setTitle(text("error.413.title"));
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(typed(problem));
	}

	/**
	 * Every problem detail of the API, also those Spring MVC makes for requests it cannot read or map (unreadable
	 * body, unsupported media type, missing parameter): a type, a translated title and status.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			typed(problem);
			problem.setTitle(text("error." + problem.getStatus() + ".title"));
		}
		return response;
	}

	/**
	 * An unreadable body: malformed JSON, or a value of the wrong type (a word where a number is expected, a number
	 * with a fraction where a whole number is, an object where text is). Names the field when it is known.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = null;
		if (ex.getCause() instanceof tools.jackson.databind.DatabindException mapping && !mapping.getPath().isEmpty()) {
			field = mapping.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(null);
		}
		// A field the body's type does not have (spring.jackson.deserialization.fail-on-unknown-properties): a typo
		// or a client written for another version, refused rather than silently dropped.
		String key = ex.getCause() instanceof tools.jackson.databind.exc.UnrecognizedPropertyException
				? "error.unknownField.detail" : "error.typeMismatch.detail";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				field == null ? text("error.unreadable.detail") : text(key, field));
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message", text(key, field))));
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text("error." + status.value() + ".title"));
		problem.setInstance(URI.create(request.getRequestURI()));
		return typed(problem);
	}

	/** The problem type of an answer: {@code urn:migracap:problem:<status>} where none more precise is set. */
	static ProblemDetail typed(ProblemDetail problem) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(type(problem.getStatus()));
		}
		return problem;
	}

	static URI type(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String name = known == null ? String.valueOf(status) : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
		return URI.create("urn:migracap:problem:" + name);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
