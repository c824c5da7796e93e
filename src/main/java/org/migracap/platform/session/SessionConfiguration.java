package org.migracap.platform.session;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link QuietSessionRepository} in front of the JDBC session repository that Spring Boot configures, so that the
 * session filter writes a session only when it changed or once per {@code migracap.session.last-access-resolution},
 * and reads the signed-in user's security context through {@link SessionAttributeConverter}.
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
			if (bean instanceof JdbcIndexedSessionRepository jdbc) {
				GenericConversionService conversions = new GenericConversionService();
				conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
				conversions.addConverter(byte[].class, Object.class,
						new SessionAttributeConverter(SessionConfiguration.class.getClassLoader()));
				jdbc.setConversionService(conversions);
				return new QuietSessionRepository(jdbc, resolution);
			}
			return bean;
		}

	}

}
