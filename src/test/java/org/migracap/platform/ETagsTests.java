package org.migracap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ETagsTests {

	@Test
	void theTagOfAVersionIsItQuoted() {
		assertThat(ETags.of(7)).isEqualTo("\"7\"");
	}

	@Test
	void noIfMatchOrAStarOrTheCurrentTagPasses() {
		assertThatNoException().isThrownBy(() -> ETags.check(null, "request", 1, 7));
		assertThatNoException().isThrownBy(() -> ETags.check(" ", "request", 1, 7));
		assertThatNoException().isThrownBy(() -> ETags.check("*", "request", 1, 7));
		assertThatNoException().isThrownBy(() -> ETags.check("\"7\"", "request", 1, 7));
		assertThatNoException().isThrownBy(() -> ETags.check("\"3\", W/\"7\"", "request", 1, 7));
	}

	@Test
	void aStaleOrMalformedTagIsAFailedPrecondition() {
		assertThatThrownBy(() -> ETags.check("\"6\"", "request", 1, 7))
			.isInstanceOfSatisfying(ETags.PreconditionFailedException.class, ex -> {
				assertThat(ex.currentTag()).isEqualTo("\"7\"");
				assertThat(ex.sent()).isEqualTo("\"6\"");
			});
		assertThatThrownBy(() -> ETags.check("7", "request", 1, 7)).isInstanceOf(ETags.PreconditionFailedException.class);
		assertThatThrownBy(() -> ETags.check("x".repeat(5000), "request", 1, 7))
			.isInstanceOfSatisfying(ETags.PreconditionFailedException.class, ex -> assertThat(ex.sent()).hasSize(100));
	}

}
