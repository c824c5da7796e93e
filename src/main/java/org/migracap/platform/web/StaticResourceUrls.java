package org.migracap.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Content-hashed URLs for the static resources, and only for them.
 *
 * <p>Spring's {@link ResourceUrlEncodingFilter} asks the resource chain about every link a template builds, because
 * the static resources are served from {@code /**}. For a link that is not a static resource ({@code /profiles/KEN})
 * the answer is "none", which is not cached, so every such link probed every jar of the class path for a file of that
 * name: on the comparison heatmap that was most of the processor time of a page (docs/benchmarks.md, assessment
 * section). This filter replaces Boot's (which backs off when a filter of this type exists) and consults the chain
 * only for the paths under which MigraCap has static resources.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

	/** Path prefixes (after the context path) of the static resources whose links get a content hash or version. */
	static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/webjars/");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticOnlyFilter());
		registration.addUrlPatterns("/*");
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

	static boolean isStatic(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		for (String prefix : STATIC_PREFIXES) {
			if (url.startsWith(prefix, contextPath.length())) {
				return true;
			}
		}
		return false;
	}

	/** Rewrites {@code encodeURL} for static resource links; every other link is left as it is. */
	static final class StaticOnlyFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request instanceof HttpServletRequest httpRequest
					&& response instanceof HttpServletResponse httpResponse) {
				chain.doFilter(request, new StaticOnlyResponse(httpRequest, httpResponse));
			}
			else {
				chain.doFilter(request, response);
			}
		}

	}

	static final class StaticOnlyResponse extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		StaticOnlyResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			// Spring MVC exposes the resource chain to the request while a handler runs (as for its own filter).
			if (isStatic(request.getContextPath(), url) && request.getAttribute(
					ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider provider) {
				String resolved = provider.getForRequestUrl(request, url);
				if (resolved != null) {
					return super.encodeURL(resolved);
				}
			}
			return super.encodeURL(url);
		}

	}

}
