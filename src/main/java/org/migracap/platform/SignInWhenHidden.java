package org.migracap.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler whose record may be private (answered 404 to those who may not know of it): a signed-out
 * visitor who gets that 404, typically by following a link in an e-mail, is sent to the sign-in page instead and,
 * once signed in, back to the page. It is said for every 404 of the handler, whether the record exists or not, so
 * that it tells a signed-out visitor nothing; a signed-in user who may not see the record still gets the 404.
 * Only plain {@code GET} page requests (not HTMX fragments, not the JSON API) are redirected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SignInWhenHidden {
}
