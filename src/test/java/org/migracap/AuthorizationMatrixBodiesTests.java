package org.migracap;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bodies of {@link AuthorizationMatrixBodies} name writes the matrix's table lists, and an endpoint is either
 * given a valid body or said to have none, never both.
 */
class AuthorizationMatrixBodiesTests {

	@Test
	void everyBodyIsForAWriteOfTheTable() throws Exception {
		Map<String, List<AuthorizationMatrixIntegrationTests.Expected>> table = AuthorizationMatrixIntegrationTests.table();
		Set<String> writes = new java.util.TreeSet<>(table.keySet());
		writes.removeIf(key -> key.startsWith("GET ") || key.startsWith("HEAD "));
		assertThat(writes).as("writes of the table").hasSizeGreaterThan(100);
		assertThat(AuthorizationMatrixBodies.named()).as("bodies for endpoints that are not writes of the table")
			.isSubsetOf(writes);
		assertThat(AuthorizationMatrixBodies.VALID_BODIES.keySet()).as("endpoints with a body and said to have none")
			.doesNotContainAnyElementsOf(AuthorizationMatrixBodies.NO_VALID_BODY.keySet());
		assertThat(AuthorizationMatrixBodies.NO_VALID_BODY.values()).as("each endpoint without a body says why")
			.allSatisfy(reason -> assertThat(reason).isNotBlank());
	}

	@Test
	void everyWriteTheTableAllowsSomebodyToMakeIsCountedInTheSummary() {
		String summary = AuthorizationMatrixBodies.summary();
		assertThat(summary).startsWith("Valid bodies: ");
		assertThat(summary).contains(AuthorizationMatrixBodies.VALID_BODIES.size() + " with a valid body");
	}

}
