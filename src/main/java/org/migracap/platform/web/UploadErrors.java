package org.migracap.platform.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads that fail before any controller sees them (too large, not a valid multipart body). Answered here, in the
 * request itself, because an error dispatch would try to read the broken body again.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrors {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	UploadErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView upload(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		HttpStatus status = ex instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		String detailKey = status == HttpStatus.PAYLOAD_TOO_LARGE ? "error.uploadTooLarge.detail"
				: "error.badRequest.detail";
		String accept = request.getHeader("Accept");
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("html"));
		if (api) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", text("error." + status.value() + ".title"));
			problem.put("status", status.value());
			problem.put("detail", text(detailKey));
			problem.put("instance", request.getRequestURI());
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
			return new ModelAndView();
		}
		return PageErrors.page(response, status, detailKey);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
