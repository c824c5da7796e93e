package org.migracap.platform.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link Access} on every handler of the application before its arguments are read. Handlers without a rule
 * are refused (fail closed). Anonymous callers who are refused are sent to sign in by Spring Security's exception
 * translation; signed-in callers get 403.
 */
class AccessInterceptor implements HandlerInterceptor {

	static final String APPLICATION_PACKAGE = "org.migracap.";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getName().startsWith(APPLICATION_PACKAGE)) {
			return true;
		}
		Access access = ruleOf(method);
		if (access == null) {
			throw new AccessDeniedException("No access rule declared for " + method.getShortLogMessage());
		}
		if (access.anonymous()) {
			return true;
		}
		Optional<CurrentUser> current = CurrentUser.current();
		if (current.isEmpty()) {
			throw new AccessDeniedException("Sign in required");
		}
		CurrentUser user = current.get();
		if (access.value().length > 0 && !user.has(access.value())) {
			throw new AccessDeniedException("Role not allowed");
		}
		if (!access.country().isEmpty() && user.has(Role.FOCAL_POINT) && !user.isStaff()) {
			String country = pathVariable(request, access.country());
			boolean permittedByOtherRole = Arrays.stream(access.value())
				.anyMatch(role -> role != Role.FOCAL_POINT && user.has(role));
			if (!permittedByOtherRole && !user.isFocalPointOf(country)) {
				throw new AccessDeniedException("Not your country");
			}
		}
		return true;
	}

	static @Nullable Access ruleOf(HandlerMethod method) {
		Access onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
		return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable String pathVariable(HttpServletRequest request, String name) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map) {
			return ((Map<String, String>) map).get(name);
		}
		return request.getParameter(name);
	}

}
