package org.migracap.platform.session;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link QuietSessionRepository} in front of the JDBC session repository that Spring Boot configures, so that the
 * session filter writes a session only when it changed or once per {@code migracap.session.last-access-resolution}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	static BeanPostProcessor quietSessions() {
		return new QuietSessions();
	}

	static final class QuietSessions implements BeanPostProcessor, EnvironmentAware {

		private Duration resolution = Duration.ofMinutes(1);

		@Override
		public void setEnvironment(Environment environment) {
			resolution = environment.getProperty("migracap.session.last-access-resolution", Duration.class,
					Duration.ofMinutes(1));
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return bean instanceof JdbcIndexedSessionRepository jdbc ? new QuietSessionRepository(jdbc, resolution)
					: bean;
		}

	}

}
