package org.migracap.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a web handler. Every handler method in {@code org.migracap} must carry it (on the method or on
 * its class); a handler without it is refused to everybody, and the authorisation matrix test fails.
 * <p>
 * The rule is checked before the request body is read: anonymous callers get 401 (API) or the login page, callers
 * without one of the listed roles get 403.
 * <p>
 * {@link #country()} names a path variable holding an ISO 3166-1 alpha-3 code: a focal point may then only call the
 * handler for its own country. {@link #ownCountry()} says that the handler serves records that belong to a country and
 * that the module's service refuses focal points of other countries (403 or 404); the matrix test checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Access {

	/** Roles allowed; empty means every signed-in user. */
	Role[] value() default {};

	/** Open to everybody, signed in or not. */
	boolean anonymous() default false;

	/** Name of the path variable that holds the country code a focal point must own. */
	String country() default "";

	/** Records served belong to one country; focal points of other countries are refused by the service. */
	boolean ownCountry() default false;

}
