package org.migracap.platform;

import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, point 1: every text and decimal value a client sends in a JSON request body ({@code @RequestBody}
 * records of the API) or a page form ({@code …Form} classes bound by the pages) is bounded by Bean Validation, so that
 * no over-long text or huge figure reaches the database and fails there with a 500. Text needs {@code @Size(max)}
 * (or a {@code @Pattern} of bounded length); decimals need {@code @Digits} (or {@code @DecimalMax}); lists need
 * {@code @Size(max)} on the list and a bound on their text items. Where the controller's module has a column of the
 * same name in its migrations ({@code varchar(n)}, {@code numeric(p,s)}), the bound must not exceed it: a limit larger
 * than the column would still fail in the database.
 * <p>
 * Not covered: values sent as single request parameters ({@code @RequestParam String}) and multipart fields; columns
 * whose name differs from the request field (only same-named columns of the same module are compared).
 */
class InputBoundsTests {

	private static final Pattern VARCHAR = Pattern.compile("(?i)\\b([a-z_][a-z0-9_]*)\\s+varchar\\s*\\((\\d+)\\)");

	/** A {@code varchar} without a length (unbounded on both databases): any bound fits it. */
	private static final Pattern UNBOUNDED_VARCHAR = Pattern
		.compile("(?i)\\b([a-z_][a-z0-9_]*)\\s+varchar\\b(?!\\s*\\()");

	private static final Pattern NUMERIC = Pattern
		.compile("(?i)\\b([a-z_][a-z0-9_]*)\\s+(?:numeric|decimal)\\s*\\((\\d+)\\s*,\\s*(\\d+)\\)");

	private static final Pattern BOUNDED_PATTERN = Pattern.compile(".*\\{\\d+(,\\d+)?}\\)?\\$?$");

	record Column(int length, int precision, int scale) {
	}

	/**
	 * Fields bounded elsewhere, or still to be bounded, with the reason. To be emptied: a field listed here is not
	 * checked.
	 */
	static final Map<String, String> PENDING = Map.ofEntries(
			Map.entry("ActualBody.actual", "bounded by ProgrammeService.recordActual: 422 naming numeric(18,4) (ActualBoundsIntegrationTests)"),
			Map.entry("ActualBody.comment", "bounded by ProgrammeService.recordActual: 422 naming varchar(1000) (ActualBoundsIntegrationTests)"),
			Map.entry("NewWebhook.url", "bounded by WebhookService.checkUrl: 422 naming varchar(2000) (WebhookDeliveryIntegrationTests)"),
			Map.entry("NewWebhook.description", "bounded by WebhookService: 422 naming varchar(500) (WebhookDeliveryIntegrationTests)"),
			Map.entry("NewWebhook.events", "each name checked against WebhookEvent by WebhookService.checkEvents: 422"),
			Map.entry("PasswordForm.token", "not stored: compared with a hash"),
			Map.entry("PasswordForm.current", "not stored: compared with a hash"),
			Map.entry("PasswordForm.confirm", "not stored: compared with the password"),
			Map.entry("TextForm.en", "framework texts: the column differs by use; FrameworkRules bounds each use (title 300, description and guidance 4000, question and level texts 1000) with a problem naming the field and the limit (FrameworkAdminIntegrationTests)"),
			Map.entry("TextForm.fr", "as TextForm.en"), Map.entry("TextForm.es", "as TextForm.en"),
			Map.entry("IndicatorForm.dimension", "parsed as an enum; FrameworkRules refuses an unknown one (FrameworkAdminIntegrationTests)"),
			Map.entry("IndicatorForm.weight", "parsed as a number; FrameworkRules keeps it in (0, 100] (FrameworkAdminIntegrationTests)"),
			Map.entry("IndicatorForm.gcm", "parsed into objective numbers; FrameworkRules refuses unknown objectives (FrameworkAdminIntegrationTests)"),
			Map.entry("IndicatorForm.sdgDomain", "parsed as a number; FrameworkRules keeps it in 1..6 (FrameworkAdminIntegrationTests)"),
			Map.entry("IndicatorForm.dac", "parsed into a code; FrameworkRules refuses codes not in the DAC list (FrameworkAdminIntegrationTests)"));

	/** The classes the web layer binds from client input: request body records and page forms, by controller module. */
	static Map<Class<?>, String> inputTypes() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		Map<Class<?>, String> types = new HashMap<>();
		for (var definition : scanner.findCandidateComponents("org.migracap")) {
			Class<?> controller = Class.forName(definition.getBeanClassName());
			String module = controller.getPackageName().replaceFirst("^org\\.migracap\\.", "").split("\\.")[0];
			for (Method method : controller.getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					Class<?> type = parameter.getType();
					boolean body = parameter.isAnnotationPresent(RequestBody.class);
					boolean form = type.getName().startsWith("org.migracap.") && (type.getSimpleName().endsWith("Form")
							|| parameter.isAnnotationPresent(ModelAttribute.class) && !type.isEnum());
					if ((body || form) && type.getName().startsWith("org.migracap.")) {
						types.putIfAbsent(type, module);
					}
				}
			}
		}
		return types;
	}

	/** Columns of a module's migrations by name (the widest of the same-named ones: a bound above it fails for sure). */
	static Map<String, Column> columns(String module) throws IOException {
		Map<String, Column> columns = new HashMap<>();
		Path folder = Path.of("src/main/resources/db/migration", module);
		if (!Files.isDirectory(folder)) {
			return columns;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				String sql = Files.readString(file, StandardCharsets.UTF_8);
				Matcher varchar = VARCHAR.matcher(sql);
				while (varchar.find()) {
					Column column = new Column(Integer.parseInt(varchar.group(2)), 0, 0);
					columns.merge(varchar.group(1).toLowerCase(Locale.ROOT), column,
							(a, b) -> a.length() >= b.length() ? a : b);
				}
				Matcher unbounded = UNBOUNDED_VARCHAR.matcher(sql);
				while (unbounded.find()) {
					columns.merge(unbounded.group(1).toLowerCase(Locale.ROOT), new Column(Integer.MAX_VALUE, 0, 0),
							(a, b) -> a.length() >= b.length() ? a : b);
				}
				Matcher numeric = NUMERIC.matcher(sql);
				while (numeric.find()) {
					Column column = new Column(0, Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(3)));
					columns.merge(numeric.group(1).toLowerCase(Locale.ROOT), column,
							(a, b) -> a.precision() - a.scale() >= b.precision() - b.scale() ? a : b);
				}
			}
		}
		return columns;
	}

	static String snake(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	@Test
	void everyTextAndDecimalThatClientsSendIsBoundedAndFitsItsColumn() throws Exception {
		Map<Class<?>, String> types = inputTypes();
		assertThat(types).as("request bodies and forms found").hasSizeGreaterThan(20);
		List<String> problems = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		for (Map.Entry<Class<?>, String> entry : types.entrySet()) {
			Map<String, Column> columns = columns(entry.getValue());
			for (Class<?> type : withNested(entry.getKey())) {
				for (Field field : type.getDeclaredFields()) {
					if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
						continue;
					}
					String name = type.getSimpleName() + "." + field.getName();
					if (PENDING.containsKey(name)) {
						continue;
					}
					Column column = columns.get(snake(field.getName()));
					String problem = problem(field, column);
					checked.add(name);
					if (problem != null) {
						problems.add(entry.getValue() + ": " + name + " " + problem);
					}
				}
			}
		}
		System.out.println("Input bounds: " + checked.size() + " fields of " + types.size()
				+ " request bodies and forms checked");
		assertThat(problems).as("unbounded or too loosely bounded input fields").isEmpty();
	}

	/** The type and the types of its fields that are themselves input records of the application (one level). */
	private static Collection<Class<?>> withNested(Class<?> type) {
		Set<Class<?>> all = new LinkedHashSet<>();
		all.add(type);
		for (Field field : type.getDeclaredFields()) {
			Class<?> nested = field.getType();
			if (nested.getName().startsWith("org.migracap.") && !nested.isEnum() && !nested.isInterface()) {
				all.add(nested);
			}
		}
		return all;
	}

	private static String problem(Field field, Column column) {
		Class<?> type = field.getType();
		if (type == String.class) {
			return textProblem(field.getAnnotation(Size.class), field.getAnnotation(jakarta.validation.constraints.Pattern.class),
					column);
		}
		if (type == BigDecimal.class) {
			Digits digits = field.getAnnotation(Digits.class);
			if (digits == null && field.getAnnotation(DecimalMax.class) == null && field.getAnnotation(Max.class) == null) {
				return "is a decimal without @Digits or @DecimalMax";
			}
			if (digits != null && column != null && column.precision() > 0 && (digits.integer() > column.precision()
					- column.scale() || digits.fraction() > column.scale())) {
				return "allows @Digits(" + digits.integer() + ", " + digits.fraction() + ") but its column is numeric("
						+ column.precision() + "," + column.scale() + ")";
			}
			return null;
		}
		if (Collection.class.isAssignableFrom(type)) {
			AnnotatedType annotated = field.getAnnotatedType();
			if (annotated instanceof AnnotatedParameterizedType parameterized
					&& parameterized.getAnnotatedActualTypeArguments().length == 1
					&& parameterized.getAnnotatedActualTypeArguments()[0].getType() == String.class) {
				AnnotatedType item = parameterized.getAnnotatedActualTypeArguments()[0];
				if (field.getAnnotation(Size.class) == null || field.getAnnotation(Size.class).max() == Integer.MAX_VALUE) {
					return "is a list of text without @Size(max) on the list";
				}
				String itemProblem = textProblem(item.getAnnotation(Size.class),
						item.getAnnotation(jakarta.validation.constraints.Pattern.class), null);
				return itemProblem == null ? null : "has items that " + itemProblem;
			}
		}
		return null;
	}

	private static String textProblem(Size size, jakarta.validation.constraints.Pattern pattern, Column column) {
		if (pattern != null && BOUNDED_PATTERN.matcher(pattern.regexp()).matches() && size == null) {
			return null;
		}
		if (size == null || size.max() == Integer.MAX_VALUE) {
			return "is text without @Size(max)";
		}
		if (column != null && column.length() > 0 && size.max() > column.length()) {
			return "allows " + size.max() + " characters but its column is varchar(" + column.length() + ")";
		}
		return null;
	}

}
