package org.migracap.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document tells the truth about lists (issue 16 point 3). Driven by {@code /v3/api-docs}: every GET
 * operation under {@code /api} that documents {@code page} is a list; for every query parameter it documents, the
 * test calls the list with values of that parameter and checks that the answer changes where it should: a filter
 * narrows the list to items that match it (and keeps the item its value was taken from), {@code page} returns
 * disjoint pages, {@code size} bounds the page and refuses more than its documented maximum with a 400 problem
 * detail, {@code sort} changes the order for each documented field and refuses an unknown one. A newly documented
 * parameter is tested without changing this class, and one the server ignores fails it. No operation may document
 * an object parameter (as {@code query} and {@code params} were). Filter values come from the enumerations of the
 * document, else from the items of the unfiltered list, else from the parameter's documented example.
 */
@MigraCapIntegrationTest
class OpenApiListParametersIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The lists of the API: each must be documented as a list (issue 16 point 3, issue 15 point 2). */
	static final Set<String> LISTS = Set.of("/api/requests", "/api/programmes", "/api/countries",
			"/api/library/documents", "/api/users", "/api/assessments", "/api/workshops",
			"/api/planning/scenarios");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.migracap.workshop.domain.WorkshopService workshops;

	@Autowired
	org.migracap.identity.IdentityApi identity;

	@Autowired
	org.migracap.planning.domain.ScenarioService scenarios;

	/**
	 * The demo data has one scenario: the test makes two more (unique names), so that the scenario list has pages,
	 * orders and names to tell apart.
	 */
	void makeScenarios() {
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		for (String suffix : List.of("Alpha", "Omega")) {
			scenarios.create(new org.migracap.planning.domain.ScenarioSettings("Lists test " + tag + " " + suffix, null,
					2027, List.of(100_000.0), List.of("KEN"), java.util.EnumSet.of(org.migracap.reference.FocusArea.B), 1,
					1, 1, 1, Map.of(), org.migracap.planning.domain.ScenarioSettings.TYPED, null, Map.of(), Map.of()));
		}
	}

	/**
	 * The demo data has one workshop: the test makes two more (unique titles), a draft and a published one, so that
	 * the workshop list has pages, orders and statuses to tell apart.
	 */
	void makeWorkshops() {
		org.migracap.identity.UserSummary u = identity.user("facilitator").orElseThrow();
		org.migracap.platform.CurrentUser facilitator = new org.migracap.platform.CurrentUser(u.id(), u.username(),
				u.displayName(), u.roles(), u.countryCode());
		String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 2; i++) {
			String title = "Lists test " + tag + " " + (i == 0 ? "Alpha" : "Omega");
			long id = workshops.create(new org.migracap.workshop.domain.WorkshopService.WorkshopCommand(
					org.migracap.platform.Text.of(title, null, null),
					org.migracap.platform.Text.of(null, null, null),
					java.util.EnumSet.of(org.migracap.reference.FocusArea.B), List.of("en"),
					org.migracap.workshop.domain.WorkshopFormat.ONLINE, null,
					java.time.LocalDate.now().plusDays(30 + 10 * i), java.time.LocalDate.now().plusDays(31 + 10 * i), null,
					List.of()), facilitator);
			if (i == 1) {
				workshops.publish(id, facilitator);
			}
		}
	}

	RequestPostProcessor admin() {
		UserDetails principal = users.loadUserByUsername("admin");
		return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
	}

	JsonNode document() throws Exception {
		return JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	record Answer(int status, String contentType, JsonNode body) {

		List<JsonNode> content() {
			List<JsonNode> items = new ArrayList<>();
			for (JsonNode item : body.path("content")) {
				items.add(item);
			}
			return items;
		}

		List<String> ids() {
			return content().stream().map(OpenApiListParametersIntegrationTests::identity).toList();
		}

		long total() {
			return body.path("page").path("totalElements").asLong(-1);
		}

	}

	/** An item's identity: its id, else its ISO alpha-3 code (countries). */
	static String identity(JsonNode item) {
		return item.has("id") ? item.get("id").asString() : item.path("iso3").asString();
	}

	Answer call(String path, Map<String, String> parameters) throws Exception {
		MockHttpServletRequestBuilder request = get(path).accept(MediaType.APPLICATION_JSON).with(admin());
		parameters.forEach(request::param);
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString();
		return new Answer(response.getStatus(), String.valueOf(response.getContentType()),
				body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
	}

	static Map<String, String> params(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@Test
	void noOperationDocumentsAnObjectParameter() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document().path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					String name = parameter.path("name").asString();
					JsonNode schema = parameter.path("schema");
					if ("query".equals(parameter.path("in").asString())
							&& ("object".equals(schema.path("type").asString()) || schema.has("$ref")
									|| name.equals("query") || name.equals("params"))) {
						wrong.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " ?" + name);
					}
				}
			}
		}
		assertThat(wrong).as("query parameters documented as objects (the server reads their fields one by one)").isEmpty();
	}

	@Test
	void everyDocumentedParameterOfEveryListChangesTheAnswerWhereItShould() throws Exception {
		makeWorkshops();
		makeScenarios();
		JsonNode paths = document().path("paths");
		Set<String> lists = new TreeSet<>();
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			JsonNode operation = path.getValue().path("get");
			if (operation.isMissingNode() || path.getKey().contains("{")) {
				continue;
			}
			Map<String, JsonNode> parameters = new LinkedHashMap<>();
			for (JsonNode parameter : operation.path("parameters")) {
				if ("query".equals(parameter.path("in").asString())) {
					parameters.put(parameter.path("name").asString(), parameter);
				}
			}
			if (!parameters.containsKey("page")) {
				continue;
			}
			lists.add(path.getKey());
			checked += checkList(path.getKey(), parameters, failures);
		}
		assertThat(lists).as("list operations of the OpenAPI document").containsAll(LISTS);
		assertThat(failures).isEmpty();
		assertThat(checked).as("parameters checked").isGreaterThan(40);
	}

	private int checkList(String path, Map<String, JsonNode> parameters, List<String> failures) throws Exception {
		for (String required : List.of("page", "size", "sort")) {
			if (!parameters.containsKey(required)) {
				failures.add(path + ": does not document " + required);
			}
		}
		if (!parameters.containsKey("size") || !parameters.containsKey("sort")) {
			return 0;
		}
		JsonNode maximum = parameters.get("size").path("schema").path("maximum");
		if (!maximum.isNumber()) {
			failures.add(path + ": size has no documented maximum");
			return 0;
		}
		int max = maximum.asInt();
		Answer all = call(path, params("size", String.valueOf(max)));
		if (all.status() != 200 || all.total() < 2) {
			failures.add(path + ": the unfiltered list answered " + all.status() + " with " + all.total()
					+ " items; at least 2 are needed to test it");
			return 0;
		}
		int checked = 0;
		for (Map.Entry<String, JsonNode> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			checked++;
			switch (name) {
				case "page" -> checkPage(path, all, failures);
				case "size" -> checkSize(path, max, failures);
				case "sort" -> checkSort(path, parameter.getValue(), all, max, failures);
				default -> checkFilter(path, name, parameter.getValue(), all, max, failures);
			}
		}
		return checked;
	}

	private void checkPage(String path, Answer all, List<String> failures) throws Exception {
		Answer first = call(path, params("size", "1", "page", "0"));
		Answer second = call(path, params("size", "1", "page", "1"));
		if (first.ids().size() != 1 || second.ids().size() != 1 || first.ids().equals(second.ids())) {
			failures.add(path + ": page 0 and page 1 of size 1 are not two different items: " + first.ids() + " "
					+ second.ids());
		}
		if (second.body().path("page").path("number").asInt(-1) != 1 || second.total() != all.total()) {
			failures.add(path + ": page 1 does not say it is page 1 of " + all.total() + " items");
		}
		Answer beyond = call(path, params("page", String.valueOf(all.total() + 1), "size", "1"));
		if (beyond.status() != 200 || !beyond.ids().isEmpty()) {
			failures.add(path + ": a page beyond the end is not empty");
		}
		refused(path, params("page", "-1"), failures);
	}

	private void checkSize(String path, int max, List<String> failures) throws Exception {
		Answer two = call(path, params("size", "2"));
		if (two.ids().size() != 2 || two.body().path("page").path("size").asInt() != 2) {
			failures.add(path + ": size=2 did not give a page of 2 items");
		}
		refused(path, params("size", String.valueOf(max + 1)), failures);
		refused(path, params("size", "0"), failures);
	}

	private void refused(String path, Map<String, String> parameters, List<String> failures) throws Exception {
		Answer answer = call(path, parameters);
		if (answer.status() != 400 || !answer.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
				|| answer.body().path("detail").asString().isBlank()) {
			failures.add(path + " " + parameters + ": expected a 400 problem detail, got " + answer.status() + " "
					+ answer.contentType());
		}
	}

	private void checkSort(String path, JsonNode parameter, Answer all, int max, List<String> failures)
			throws Exception {
		List<String> values = allowed(parameter);
		if (values.isEmpty()) {
			failures.add(path + ": sort does not list its allowed values");
			return;
		}
		Set<String> fields = new TreeSet<>();
		for (String value : values) {
			if (!value.matches("[A-Za-z0-9-]+,(asc|desc)")) {
				failures.add(path + ": sort value " + value + " is not field,asc|desc");
			}
			fields.add(value.split(",")[0]);
		}
		for (String field : fields) {
			Answer ascending = call(path, params("sort", field + ",asc", "size", String.valueOf(max)));
			Answer descending = call(path, params("sort", field + ",desc", "size", String.valueOf(max)));
			if (ascending.status() != 200 || descending.status() != 200) {
				failures.add(path + ": sort=" + field + " answered " + ascending.status() + "/" + descending.status());
				continue;
			}
			if (ascending.ids().equals(descending.ids())) {
				failures.add(path + ": sort=" + field + ",asc and ,desc give the same order");
			}
			if (all.total() <= max && !new TreeSet<>(ascending.ids()).equals(new TreeSet<>(descending.ids()))) {
				failures.add(path + ": sort=" + field + " changes which items are listed, not only their order");
			}
		}
		refused(path, params("sort", "no-such-field,asc"), failures);
		refused(path, params("sort", fields.iterator().next() + ",sideways"), failures);
	}

	/** Enumerated values of a parameter (its schema or its array items). */
	private static List<String> allowed(JsonNode parameter) {
		List<String> values = new ArrayList<>();
		JsonNode schema = parameter.path("schema");
		JsonNode enumeration = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
		for (JsonNode value : enumeration) {
			values.add(value.asString());
		}
		return values;
	}

	/** The properties of an item a filter named {@code name} is about. */
	private static List<String> properties(String name) {
		if (name.equals("country")) {
			return List.of("iso3", "countries", "countryCode");
		}
		return List.of(name + "Code", name, name + "s", name + "Group", name + "Status");
	}

	private static List<String> valuesOf(JsonNode item, String name) {
		List<String> values = new ArrayList<>();
		for (String property : properties(name)) {
			JsonNode node = item.path(property);
			if (node.isArray()) {
				node.forEach(v -> values.add(v.asString()));
			}
			else if (node.isValueNode() && !node.isNull()) {
				values.add(node.asString());
			}
		}
		return values;
	}

	private void checkFilter(String path, String name, JsonNode parameter, Answer all, int max,
			List<String> failures) throws Exception {
		List<String> values = allowed(parameter);
		String type = parameter.path("schema").path("type").asString();
		String itemType = parameter.path("schema").path("items").path("type").asString();
		JsonNode source = null;
		if (values.isEmpty() && ("boolean".equals(type) || "boolean".equals(itemType))) {
			values = List.of("true", "false");
		}
		if (values.isEmpty() && name.equals("q")) {
			for (JsonNode item : all.content()) {
				String text = item.has("title") ? item.path("title").asString()
						: item.has("titleOriginal") ? item.path("titleOriginal").asString()
						: item.has("displayName") ? item.path("displayName").asString() : item.path("name").asString();
				String word = java.util.Arrays.stream(text.split("[^\\p{L}]+"))
					.filter(w -> w.length() >= 5)
					.findFirst()
					.orElse("");
				if (!word.isEmpty()) {
					values = List.of(word.toLowerCase(Locale.ROOT));
					source = item;
					break;
				}
			}
		}
		if (values.isEmpty()) {
			for (JsonNode item : all.content()) {
				List<String> found = valuesOf(item, name);
				if (!found.isEmpty()) {
					values = List.of(found.get(0));
					source = item;
					break;
				}
			}
		}
		if (values.isEmpty()) {
			JsonNode example = parameter.has("example") ? parameter.get("example")
					: parameter.path("schema").has("example") ? parameter.path("schema").get("example")
					: parameter.path("schema").path("items").path("example");
			if (example.isValueNode()) {
				values = List.of(example.asString());
			}
		}
		if (values.isEmpty()) {
			failures.add(path + ": no value to test ?" + name + " with (no enumeration, item property or example)");
			return;
		}
		boolean narrowed = false;
		for (String value : values.subList(0, Math.min(values.size(), 8))) {
			Answer filtered = call(path, params(name, value, "size", String.valueOf(max)));
			if (filtered.status() != 200) {
				failures.add(path + "?" + name + "=" + value + " answered " + filtered.status());
				continue;
			}
			if (filtered.total() > all.total()) {
				failures.add(path + "?" + name + "=" + value + " lists more than the unfiltered list");
			}
			narrowed |= filtered.total() < all.total();
			for (JsonNode item : filtered.content()) {
				List<String> itemValues = valuesOf(item, name);
				if (!itemValues.isEmpty() && !name.equals("q")
						&& itemValues.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
					failures.add(path + "?" + name + "=" + value + " lists " + identity(item) + " with " + itemValues);
					break;
				}
			}
			if (source != null && filtered.total() <= max && !filtered.ids().contains(identity(source))) {
				failures.add(path + "?" + name + "=" + value + " leaves out " + identity(source)
						+ ", the item the value was taken from");
			}
		}
		if (!narrowed) {
			failures.add(path + ": ?" + name + " with " + values + " never narrows the list: does the server read it?");
		}
	}

}
