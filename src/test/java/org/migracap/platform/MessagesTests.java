package org.migracap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.platform.i18n.MessagesConfiguration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's texts exist in English, French and Spanish, with the same keys, none empty, and with apostrophes
 * escaped where the message takes arguments.
 */
class MessagesTests {

	static final List<String> LANGUAGES = List.of("", "_fr", "_es");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");

	@Test
	void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
		List<String> basenames = MessagesConfiguration.basenames();
		assertThat(basenames).contains("classpath:i18n/platform/messages", "classpath:i18n/reference/messages",
				"classpath:i18n/identity/messages");
		List<String> problems = new ArrayList<>();
		for (String basename : basenames) {
			String path = basename.substring("classpath:".length());
			Properties english = load(path + ".properties");
			for (String language : LANGUAGES) {
				Properties translated = load(path + language + ".properties");
				Set<String> missing = new TreeSet<>(english.stringPropertyNames());
				missing.removeAll(translated.stringPropertyNames());
				Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
				extra.removeAll(english.stringPropertyNames());
				if (!missing.isEmpty()) {
					problems.add(path + language + " lacks " + missing);
				}
				if (!extra.isEmpty()) {
					problems.add(path + language + " has keys English lacks " + extra);
				}
				for (String key : translated.stringPropertyNames()) {
					String value = translated.getProperty(key);
					if (value.isBlank()) {
						problems.add(path + language + ": " + key + " is empty");
					}
					if (ARGUMENT.matcher(value).find() && value.replace("''", "").contains("'")) {
						problems.add(path + language + ": " + key
								+ " takes arguments, so its apostrophes must be doubled ('')");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noKeyIsDefinedByTwoModules() throws IOException {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		for (String basename : MessagesConfiguration.basenames()) {
			Properties english = load(basename.substring("classpath:".length()) + ".properties");
			for (String key : english.stringPropertyNames()) {
				if (!seen.add(key)) {
					problems.add(key + " (again in " + basename + ")");
				}
			}
		}
		assertThat(problems).as("keys defined in more than one bundle").isEmpty();
	}

	static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : MessagesConfiguration.basenames()) {
			keys.addAll(load(basename.substring("classpath:".length()) + ".properties").stringPropertyNames());
		}
		return keys;
	}

}
