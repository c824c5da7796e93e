package org.migracap.cooperation;

/**
 * The cooperation module refused to draft an agreement from a workshop's action point ({@code
 * workshopoutcome.AgreementProposedByWorkshop}): the actor may not, or the proposal is not valid. Nothing was
 * written; the workshop shows the reason on the action point, which can be proposed again.
 * @param reason a message key, e.g. {@code "cooperation.agreement.error.proposeNotAllowed"}
 */
public record AgreementProposalRefused(long actionPointId, String reason) {
}
