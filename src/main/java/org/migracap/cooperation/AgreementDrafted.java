package org.migracap.cooperation;

/**
 * A draft agreement was made from a workshop's action point ({@code workshopoutcome.AgreementProposedByWorkshop});
 * the workshop records its id on the action point.
 */
public record AgreementDrafted(long actionPointId, long agreementId) {
}
