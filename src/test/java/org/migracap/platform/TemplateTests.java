package org.migracap.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates show only translated text, never unescaped output, and every message key they name exists.
 */
class TemplateTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	private static final Pattern TEXT_NODE = Pattern
		.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s(?:[^>\"']|\"[^\"]*\"|'[^']*')*)?>([^<]*\\p{L}{2,}[^<]*)<");

	static List<Resource> templates() throws IOException {
		return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Set<String> keys = MessagesTests.allKeys();
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
	}

	/**
	 * The exceptions, each already escaped where it was made: the heatmap's body rows, written by
	 * {@code profile.web.HeatmapRows} (tested in {@code HeatmapRowsTests}), and the capacity profile's body, rendered
	 * by this same template engine from the {@code capacity} fragment and cached (both for speed, see
	 * docs/benchmarks.md).
	 */
	static final List<String> ESCAPED_IN_JAVA = List.of("th:utext=\"${rowsHtml}\"", "th:utext=\"${capacityHtml}\"");

	@Test
	void noTemplateWritesUnescapedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Resource template : templates()) {
			String text = template.getContentAsString(StandardCharsets.UTF_8);
			for (String allowed : ESCAPED_IN_JAVA) {
				text = text.replace(allowed, "");
			}
			if (text.contains("th:utext")) {
				offenders.add(template.getFilename());
			}
		}
		assertThat(offenders).as("templates using th:utext (unescaped output)").isEmpty();
	}

	@Test
	void noTemplateHasTextOutsideAMessage() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "")
				.replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = TEXT_NODE.matcher(html);
			while (matcher.find()) {
				String attributes = matcher.group(2) == null ? "" : matcher.group(2);
				String text = matcher.group(3).trim();
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
						|| attributes.contains("th:replace") || attributes.contains("th:insert")
						|| attributes.contains("th:remove") || attributes.contains("th:errors");
				boolean code = matcher.group(1).equals("code") || matcher.group(1).equals("title")
						|| text.equals("MigraCap");
				if (!replaced && !code && !text.isEmpty()) {
					offenders.add(template.getFilename() + ": <" + matcher.group(1) + "> " + text);
				}
			}
		}
		assertThat(offenders).as("text in templates that is not a translated message").isEmpty();
	}

}
