package org.migracap.mail.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from two Thymeleaf templates of the module that sends it, {@code <name>.txt} (plain text) and
 * {@code <name>.html}, with the application's messages in the recipient's language. Every template gets
 * {@code baseUrl}, the address the application is reached at ({@code migracap.public-base-url}), for its links.
 */
@Component
public class MailTemplates {

	public record Rendered(String subject, String text, String html) {
	}

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final Environment environment;

	MailTemplates(MessageSource messages, Environment environment) {
		this.messages = messages;
		this.environment = environment;
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
		engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	/** The address links in mail start with, without a trailing slash; read at each use (it may name the port). */
	public String baseUrl() {
		String url = environment.getProperty("migracap.public-base-url", "http://localhost:8080");
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public Rendered render(String template, Locale locale, String subjectKey, Object[] subjectArgs,
			Map<String, Object> model) {
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("baseUrl", baseUrl());
		String subject = messages.getMessage(subjectKey, subjectArgs, locale);
		variables.put("subject", subject);
		Context context = new Context(locale, variables);
		return new Rendered(subject, engine.process(template + ".txt", context),
				engine.process(template + ".html", context));
	}

}
