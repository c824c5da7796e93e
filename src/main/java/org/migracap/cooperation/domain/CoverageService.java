package org.migracap.cooperation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.cooperation.domain.AgreementService.AgreementView;
import org.migracap.mobility.CorridorExposure;
import org.migracap.mobility.CorridorFigure;
import org.migracap.mobility.MobilityApi;
import org.migracap.platform.CurrentUser;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Service;

/**
 * Which corridors agreements cover. A leg of a route (two consecutive countries) is covered in an area by an agreement
 * in force (signed or in force, within its dates) that has both States as parties and deals with that area. Only the
 * agreements and scores the viewer may see are used, so the view leaks nothing confidential.
 */
@Service
public class CoverageService {

	private final MobilityApi mobility;

	private final AgreementService agreements;

	CoverageService(MobilityApi mobility, AgreementService agreements) {
		this.mobility = mobility;
		this.agreements = agreements;
	}

	public enum Coverage {

		NONE, PARTIAL, FULL;

		public String messageKey() {
			return "cooperation.coverage." + name();
		}

	}

	public record Leg(String fromIso3, String toIso3, List<Long> agreementIds) {

		public boolean covered() {
			return !agreementIds.isEmpty();
		}

	}

	public record ExposedCorridor(CorridorExposure exposure, List<Leg> legs, Coverage coverage) {
	}

	public record LargeCorridor(CorridorFigure corridor, List<Long> agreementIds) {

		public boolean covered() {
			return !agreementIds.isEmpty();
		}

	}

	/**
	 * The most exposed (route, area) pairs, largest exposure first, with the coverage of each leg.
	 * @param limit how many of the most exposed to examine
	 */
	public List<ExposedCorridor> exposed(@Nullable FocusArea area, int limit, Optional<CurrentUser> viewer) {
		List<AgreementView> inForce = agreements.list(viewer).stream().filter(AgreementView::inForce).toList();
		List<ExposedCorridor> result = new ArrayList<>();
		for (CorridorExposure exposure : mobility.exposures(viewer)) {
			if (result.size() >= limit) {
				break;
			}
			if (exposure.exposure() <= 0 || (area != null && exposure.area() != area)) {
				continue;
			}
			List<Leg> legs = new ArrayList<>();
			List<String> countries = exposure.countries();
			for (int i = 0; i + 1 < countries.size(); i++) {
				String from = countries.get(i);
				String to = countries.get(i + 1);
				legs.add(new Leg(from, to, inForce.stream()
					.filter(a -> a.covers(from, to, exposure.area()))
					.map(AgreementView::id)
					.toList()));
			}
			long covered = legs.stream().filter(Leg::covered).count();
			Coverage coverage = covered == 0 ? Coverage.NONE : covered == legs.size() ? Coverage.FULL : Coverage.PARTIAL;
			result.add(new ExposedCorridor(exposure, legs, coverage));
		}
		return result;
	}

	/** The largest migrant stock corridors, each with the agreements in force (any area) that bind both its States. */
	public List<LargeCorridor> largest(int limit, Optional<CurrentUser> viewer) {
		List<AgreementView> inForce = agreements.list(viewer).stream().filter(AgreementView::inForce).toList();
		return mobility.largestCorridors(limit)
			.stream()
			.map(c -> new LargeCorridor(c, inForce.stream()
				.filter(a -> a.states().contains(c.originIso3()) && a.states().contains(c.destinationIso3()))
				.map(AgreementView::id)
				.toList()))
			.toList();
	}

}
