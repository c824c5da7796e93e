-- Which constraints the greedy ranking breaks on a run's problem (as conflict tokens), so that the page can say why
-- its benefit may exceed the optimiser's.
alter table planning.solve_run add column greedy_breaks varchar(4000);
