package org.migracap.request.web;

import java.util.List;
import java.util.Map;

import org.migracap.reference.FocusArea;
import org.migracap.request.domain.RequestRow;
import org.migracap.request.domain.RequestService.SimilarRequest;
import org.migracap.request.domain.TriageContext.AreaGap;

/**
 * A request in the coordinator's queue with what helps decide on it: possible duplicates, the requesting country's
 * assessed gaps in the requested areas and its corridor leverage there.
 */
public record TriageRow(RequestRow row, List<SimilarRequest> duplicates, List<AreaGap> gaps,
		Map<FocusArea, Double> leverage) {
}
