/**
 * Vote counting for workshop ballots, free of storage and web: ranked ballots by the Schulze method with the Borda
 * count beside it, pairwise comparisons by the analytic hierarchy process (AHP), approval counts, and the Kendall tau
 * distance between rankings.
 */
@NullMarked
package org.migracap.workshop.domain.counting;

import org.jspecify.annotations.NullMarked;
