/**
 * Scheduling a workshop's sessions into time slots and rooms with OR-Tools CP-SAT, and explaining in words why a
 * schedule is impossible.
 */
@NullMarked
package org.migracap.workshop.domain.scheduling;

import org.jspecify.annotations.NullMarked;
