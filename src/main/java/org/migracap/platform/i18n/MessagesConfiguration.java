package org.migracap.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: {@code i18n/<module>/messages.properties} with {@code _fr} and {@code _es}
 * translations. The bundles are found on the class path, so a module adds its texts without touching shared files.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

	public static final String PATTERN = "classpath*:i18n/*/messages.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setCacheSeconds(-1);
		return source;
	}

	/** The basenames of all module bundles, e.g. {@code classpath:i18n/platform/messages}. */
	public static List<String> basenames() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PATTERN);
			return Arrays.stream(resources)
				.map(resource -> {
					try {
						String url = resource.getURL().toString();
						String module = url.replaceAll(".*/i18n/([^/]+)/messages\\.properties$", "$1");
						return "classpath:i18n/" + module + "/messages";
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				})
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
