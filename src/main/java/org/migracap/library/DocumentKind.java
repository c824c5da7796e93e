package org.migracap.library;

/**
 * What a policy or legal document is, from the highest norm to a single court decision.
 */
public enum DocumentKind {

	CONSTITUTION, LAW, REGULATION, POLICY, STRATEGY, ACTION_PLAN, BILATERAL_AGREEMENT, MULTILATERAL_AGREEMENT,
	COURT_DECISION;

	public String messageKey() {
		return "library.kind." + name();
	}

}
