package org.migracap.mobility;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's pages of country aliases (a record form): made, refused with the field named, edited over a
 * concurrent edit with the current version handed back.
 */
@MigraCapIntegrationTest
@WithUserDetails("admin")
class AliasPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAliasIsMadeRefusedAndEditedOverAConcurrentEdit() throws Exception {
		String name = "Republic of Testland " + System.nanoTime();
		for (String[] bad : new String[][] { { "action", "BOGUS" }, { "iso3", "TOOLONG" } }) {
			java.util.Map<String, String> fields = new java.util.HashMap<>(
					java.util.Map.of("alias", name, "action", "MAP", "iso3", "KEN"));
			fields.put(bad[0], bad[1]);
			var request = post("/admin/mobility/aliases").with(csrf());
			fields.forEach(request::param);
			mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", bad[0]))
				.andExpect(content().string(containsString(name)));
		}
		assertThat(count(name)).isZero();

		mvc.perform(post("/admin/mobility/aliases").with(csrf())
			.param("alias", name).param("action", "MAP").param("iso3", "KEN"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from mobility.country_alias where alias = ?").param(name).query(Long.class).single();
		String page = mvc.perform(get("/admin/mobility/aliases/{id}", id)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String seen = version(page);

		mvc.perform(post("/admin/mobility/aliases/{id}", id).with(csrf())
			.param("alias", name).param("action", "MAP").param("iso3", "UGA").param("version", seen))
			.andExpect(status().is3xxRedirection());
		String conflict = mvc.perform(post("/admin/mobility/aliases/{id}", id).with(csrf())
			.param("alias", name).param("action", "MAP").param("iso3", "TZA").param("version", seen))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("currentAlias"))
			.andReturn().getResponse().getContentAsString();
		String current = version(conflict);
		assertThat(current).isNotEqualTo(seen);
		assertThat(iso3(name)).isEqualTo("UGA");

		mvc.perform(post("/admin/mobility/aliases/{id}", id).with(csrf())
			.param("alias", name).param("action", "MAP").param("iso3", "TZA").param("version", current))
			.andExpect(status().is3xxRedirection());
		assertThat(iso3(name)).isEqualTo("TZA");
	}

	private long count(String alias) {
		return jdbc.sql("select count(*) from mobility.country_alias where alias = ?").param(alias).query(Long.class)
			.single();
	}

	private String iso3(String alias) {
		return jdbc.sql("select iso3 from mobility.country_alias where alias = ?").param(alias).query(String.class)
			.single();
	}

	private static String version(String page) {
		Matcher version = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"").matcher(page);
		assertThat(version.find()).as("a hidden version field").isTrue();
		return version.group(1);
	}

}
