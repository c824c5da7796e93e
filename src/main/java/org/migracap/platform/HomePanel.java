package org.migracap.platform;

import java.util.Optional;

/**
 * A panel on the home page, contributed by a module as a bean: what the user has to do, or what the public can see.
 */
public interface HomePanel {

	int order();

	boolean visibleTo(Optional<CurrentUser> user);

	ViewFragment render(Optional<CurrentUser> user);

}
