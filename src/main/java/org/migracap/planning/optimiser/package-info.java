/**
 * The budget-allocation optimiser, free of Spring and of the database: the problem (candidates, gap cells, yearly
 * budgets and every kind of constraint), exact engines on Google OR-Tools (the SCIP MIP solver and CP-SAT), the greedy
 * benefit-per-cost ranking, the search for a minimal set of conflicting constraints, and the explanations.
 */
@NullMarked
package org.migracap.planning.optimiser;

import org.jspecify.annotations.NullMarked;
