package org.migracap.request.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.migracap.reference.FocusArea;
import org.migracap.request.HelpKind;
import org.migracap.request.Urgency;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's countries are rows, so that a country query matches whole codes (and an index can serve it): a request
 * of Kenya and Uganda is found for UGA and KEN, not for "GA" nor "KE".
 */
@MigraCapIntegrationTest
class RequestCountryRowsIntegrationTests {

	@Autowired
	AssistanceRequests requests;

	@Test
	void aCountryQueryMatchesWholeCodesOnly() {
		String title = "Country rows " + UUID.randomUUID();
		AssistanceRequest saved = requests.save(new AssistanceRequest(title, "Joint border post.", List.of("KEN", "UGA"),
				Set.of(FocusArea.B), HelpKind.TRAINING, Urgency.LOW, null, null, 1L, "Test", null, Instant.now()));
		try {
			assertThat(titles(requests.findByCountry("UGA"))).contains(title);
			assertThat(titles(requests.findByCountry("KEN"))).contains(title);
			assertThat(titles(requests.findByCountry("GA"))).doesNotContain(title);
			assertThat(titles(requests.findByCountry("KE"))).doesNotContain(title);
			assertThat(titles(requests.findByCountry("TZA"))).doesNotContain(title);
			AssistanceRequest read = requests.findById(saved.id()).orElseThrow();
			assertThat(read.countries()).containsExactly("KEN", "UGA");
			assertThat(read.leadCountry()).isEqualTo("KEN");
		}
		finally {
			requests.deleteById(saved.id());
		}
	}

	@Test
	void theRepositoryQueriesNoCommaSeparatedStringWithLike() throws IOException {
		String source = Files.readString(Path.of("src/main/java/org/migracap/request/domain/AssistanceRequests.java"));
		assertThat(source.toLowerCase(Locale.ROOT)).doesNotContain(" like ").doesNotContain("concat('%'");
	}

	private static List<String> titles(List<AssistanceRequest> found) {
		return found.stream().map(AssistanceRequest::title).toList();
	}

}
