package org.migracap.platform.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Htmx;
import org.migracap.platform.EditHistory;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.SignInWhenHidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the HTML pages: a page that explains what happened in the user's language, never a stack trace.
 * Controllers that can do better (show a form again with the problem next to the field) catch the exception
 * themselves.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		throw ex;
	}

	private final RequestCache requestCache = new HttpSessionRequestCache();

	/**
	 * A record that is not there or not for the caller: 404, except that a signed-out visitor of a page marked
	 * {@link SignInWhenHidden} is asked to sign in and brought back to the page afterwards.
	 */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response,
			@Nullable HandlerMethod handler) {
		if (handler != null && handler.hasMethodAnnotation(SignInWhenHidden.class)
				&& "GET".equals(request.getMethod()) && !Htmx.isRequest(request) && CurrentUser.current().isEmpty()) {
			requestCache.saveRequest(request, response);
			return new ModelAndView("redirect:/login");
		}
		return page(response, HttpStatus.NOT_FOUND, "error.notFound.detail", ex.what(), ex.id());
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex, HttpServletResponse response) {
		return page(response, ex.status(), ex.messageKey(), ex.args());
	}

	private final ObjectProvider<EditHistory> history;

	PageErrors(ObjectProvider<EditHistory> history) {
		this.history = history;
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ModelAndView concurrentEdit(ConcurrentEditException ex, HttpServletResponse response) {
		ModelAndView page = page(response, HttpStatus.CONFLICT, "error.concurrentEdit.detail", ex.what(),
				ex.yourVersion(), ex.currentVersion());
		EditHistory changes = history.getIfAvailable();
		page.addObject("changes", changes == null ? List.of() : changes.changesSince(ex));
		return page;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView optimisticLock(OptimisticLockingFailureException ex, HttpServletResponse response) {
		return page(response, HttpStatus.CONFLICT, "error.concurrentEdit.generic");
	}

	@ExceptionHandler(ImportFailedException.class)
	ModelAndView importFailed(ImportFailedException ex, HttpServletResponse response) {
		ModelAndView page = page(response, HttpStatus.UNPROCESSABLE_CONTENT, "import.failed", ex.report().source(),
				ex.report().problems().size());
		page.addObject("importReport", ex.report());
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response) {
		return page(response, HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge.detail");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, IllegalArgumentException.class })
	ModelAndView badRequest(Exception ex, HttpServletResponse response) {
		return page(response, HttpStatus.BAD_REQUEST, "error.badRequest.detail");
	}

	static ModelAndView springMvc(org.springframework.web.ErrorResponse ex, HttpServletResponse response) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		if (status == null || status.is5xxServerError()) {
			status = HttpStatus.BAD_REQUEST;
		}
		return page(response, status, status == HttpStatus.PAYLOAD_TOO_LARGE ? "error.uploadTooLarge.detail"
				: status == HttpStatus.NOT_FOUND ? "error.404.detail"
						: status == HttpStatus.METHOD_NOT_ALLOWED ? "error.405.detail" : "error.badRequest.detail");
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ModelAndView multipart(Exception ex, HttpServletResponse response) {
		return page(response, HttpStatus.BAD_REQUEST, "error.badRequest.detail");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof org.springframework.web.ErrorResponse known) {
			return springMvc(known, response);
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
		return page(response, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected.detail", reference);
	}

	static ModelAndView page(HttpServletResponse response, HttpStatus status, String detailKey, Object... args) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detailKey", detailKey);
		page.addObject("detailArgs", args);
		return page;
	}

}
