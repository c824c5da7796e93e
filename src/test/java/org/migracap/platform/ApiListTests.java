package org.migracap.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paging and sorting parameters of the API's lists: defaults, the documented bounds, and 400 for anything else.
 */
class ApiListTests {

	static final List<String> FIELDS = List.of("title", "start");

	@Test
	void defaultsAndAGivenOrder() {
		ApiList none = ApiList.of(null, null, null, FIELDS);
		assertThat(none).isEqualTo(new ApiList(0, 25, null, false));
		assertThat(ApiList.of(2, 200, "title,desc", FIELDS)).isEqualTo(new ApiList(2, 200, "title", true));
		assertThat(ApiList.of(0, 1, "start", FIELDS)).isEqualTo(new ApiList(0, 1, "start", false));
		assertThat(ApiList.of(0, 1, " start , ASC ", FIELDS)).isEqualTo(new ApiList(0, 1, "start", false));
	}

	@Test
	void outOfRangeValuesAreRefusedWith400() {
		for (Runnable call : List.<Runnable>of(() -> ApiList.of(-1, null, null, FIELDS),
				() -> ApiList.of(null, 0, null, FIELDS), () -> ApiList.of(null, 201, null, FIELDS),
				() -> ApiList.of(null, 101, null, FIELDS, 100), () -> ApiList.of(null, null, "budget,asc", FIELDS),
				() -> ApiList.of(null, null, "title,up", FIELDS), () -> ApiList.of(null, null, "title,asc,x", FIELDS))) {
			assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.status().value()).isEqualTo(400));
		}
	}

	@Test
	void aPageOfAList() {
		List<Integer> all = List.of(1, 2, 3, 4, 5);
		var second = ApiList.of(1, 2, null, FIELDS).page(all);
		assertThat(second.getContent()).containsExactly(3, 4);
		assertThat(second.getMetadata().totalElements()).isEqualTo(5);
		assertThat(second.getMetadata().totalPages()).isEqualTo(3);
		assertThat(ApiList.of(9, 2, null, FIELDS).page(all).getContent()).isEmpty();
	}

}
