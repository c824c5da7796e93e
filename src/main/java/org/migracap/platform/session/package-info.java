/**
 * Sessions kept in the database and written only when they change.
 */
@NullMarked
package org.migracap.platform.session;

import org.jspecify.annotations.NullMarked;
