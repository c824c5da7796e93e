package org.migracap.mail.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.migracap.identity.domain.WorkflowMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unsubscribe tokens name one address and one kind and cannot be made or changed without the key; and the kind of a
 * notification's mail is its message key without the {@code notify} part.
 */
class UnsubscribeTokensTests {

	private static UnsubscribeTokens withKey(String key) {
		return new UnsubscribeTokens(null, null, key);
	}

	@Test
	void aSignedTokenNamesItsAddressAndKindAndNothingElse() {
		UnsubscribeTokens tokens = withKey("a test key of some length");
		String token = tokens.sign("Focal.Point@Example.org", "assessment.returned");
		assertThat(tokens.verify(token))
			.contains(new UnsubscribeTokens.Subscription("focal.point@example.org", "assessment.returned"));
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

		String signature = token.substring(token.indexOf('.'));
		String otherKind = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("focal.point@example.org\nassessment.validated".getBytes(StandardCharsets.UTF_8));
		assertThat(tokens.verify(otherKind + signature)).as("a payload changed under the same signature").isEmpty();
		assertThat(tokens.verify(token.substring(0, token.length() - 2) + "AA")).isEmpty();
		assertThat(tokens.verify("")).isEmpty();
		assertThat(tokens.verify("not a token")).isEmpty();
		assertThat(tokens.verify("%%%.%%%")).isEmpty();
		assertThat(withKey("another key").verify(token)).as("signed with another key").isEmpty();
	}

	@Test
	void theKindOfANotificationsMailDropsTheNotifyPart() {
		assertThat(WorkflowMail.kind("assessment.notify.returned")).isEqualTo("assessment.returned");
		assertThat(WorkflowMail.kind("workshop.notification.promoted")).isEqualTo("workshop.promoted");
		assertThat(WorkflowMail.kind("request.notify.submittedCountry")).isEqualTo("request.submittedCountry");
		assertThat(WorkflowMail.kind("custom.thing")).isEqualTo("custom.thing");
	}

}
