package org.migracap.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Locale handling: English, French and Spanish (IOM's official languages), chosen with {@code ?lang=} and kept in a
 * cookie, falling back to the browser's preference.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

	/**
	 * An encoded slash ({@code %2F}) in a path goes on to the application, whose firewall refuses it with a 400 that
	 * the error endpoint answers as a problem detail or a page, instead of Tomcat's own HTML page.
	 */
	@Bean
	org.springframework.boot.tomcat.TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
		return connector -> connector.setEncodedSolidusHandling("passthrough");
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("migracap-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> {
			var preferred = request.getLocales();
			while (preferred.hasMoreElements()) {
				Locale candidate = preferred.nextElement();
				for (Locale supported : SUPPORTED) {
					if (supported.getLanguage().equals(candidate.getLanguage())) {
						return supported;
					}
				}
			}
			return Locale.ENGLISH;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLocaleChange());
	}

	/** Switches language on {@code ?lang=}, ignoring languages the application does not offer. */
	static class SupportedLocaleChange extends LocaleChangeInterceptor {

		SupportedLocaleChange() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws jakarta.servlet.ServletException {
			String lang = request.getParameter(getParamName());
			if (lang == null || SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
				return true;
			}
			return super.preHandle(request, response, handler);
		}

	}

}
