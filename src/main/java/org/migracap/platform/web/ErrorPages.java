package org.migracap.platform.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migracap.platform.Access;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error endpoint for everything that fails outside a controller (unknown addresses, refused requests, oversized
 * uploads): a problem detail for the API and for JSON clients, a translated page for browsers.
 */
@Controller
@Access(anonymous = true)
class ErrorPages implements ErrorController {

	/** Same as the security configuration's: the problem type of a CSRF refusal. */
	static final URI CSRF_PROBLEM_TYPE = URI.create("urn:migracap:problem:csrf");

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(value = "/error", produces = { MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		String detailKey = detailKey(request, status);
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailKey, null, detailKey, locale));
		problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(),
				locale));
		if (csrfRefused(request)) {
			problem.setType(CSRF_PROBLEM_TYPE);
			problem.setTitle(messages.getMessage("error.csrf.title", null, status.getReasonPhrase(), locale));
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiErrors.typed(problem));
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
			return problem(request);
		}
		HttpStatus status = status(request);
		ModelAndView page = PageErrors.page(response, status, detailKey(request, status));
		return page;
	}

	/** A request refused by Spring Security for a missing or wrong CSRF token, not for lack of rights. */
	private static boolean csrfRefused(HttpServletRequest request) {
		return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detailKey(HttpServletRequest request, HttpStatus status) {
		if (csrfRefused(request)) {
			return "error.csrf.detail";
		}
		return switch (status) {
			case NOT_FOUND -> "error.404.detail";
			case FORBIDDEN -> "error.403.detail";
			case UNAUTHORIZED -> "error.401.detail";
			case PAYLOAD_TOO_LARGE -> "error.uploadTooLarge.detail";
			case METHOD_NOT_ALLOWED -> "error.405.detail";
			case BAD_REQUEST -> "error.badRequest.detail";
			default -> status.is4xxClientError() ? "error.badRequest.detail" : "error.unexpected.generic";
		};
	}

}
