package org.migracap.mail;

import java.util.Optional;

import org.migracap.support.PathSamples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Path samples for the outgoing-mail pages.
 */
public class MailPathSamples implements PathSamples {

	@Override
	public Optional<String> sample(String pattern, String variable, Scope scope, JdbcClient jdbc) {
		if (pattern.startsWith("/admin/mail") && variable.equals("id")) {
			return Optional.of(String.valueOf(
					jdbc.sql("select coalesce(max(id), 0) from mail.outgoing_mail").query(Long.class).single()));
		}
		return Optional.empty();
	}

}
