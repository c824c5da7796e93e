package org.migracap.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads JSON beyond Spring Boot's defaults. Jackson reads {@code 1} or {@code 0.0} as a boolean; an API
 * that writes {@code {"published": 1}} has almost always confused two fields, so a number where true or false is
 * expected is refused (400, naming the field) rather than guessed.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictBooleans() {
		return builder -> builder.withCoercionConfig(LogicalType.Boolean, config -> config
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

}
