package org.migracap.mobility.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.migracap.mobility.CountryRole;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.StartupData;
import org.migracap.reference.FocusArea;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role-relevance matrix of the chain analysis: shipped defaults ({@link RoleRelevanceDefaults}), changed by
 * coordinators one area at a time.
 */
@Service
public class RoleRelevanceService implements StartupData {

	private final RoleRelevances rows;

	private final ApplicationEventPublisher events;

	RoleRelevanceService(RoleRelevances rows, ApplicationEventPublisher events) {
		this.rows = rows;
		this.events = events;
	}

	public record Row(FocusArea area, double origin, double transit, double destination, long version,
			boolean isDefault) {

		public double weight(CountryRole role) {
			return switch (role) {
				case ORIGIN -> origin;
				case TRANSIT -> transit;
				case DESTINATION -> destination;
			};
		}

	}

	/** Published when the matrix changes. */
	public record RelevanceChanged(FocusArea area) {
	}

	@Override
	public String name() {
		return "mobility-role-relevance";
	}

	@Override
	public int order() {
		return 310;
	}

	@Override
	public String version() {
		return "1";
	}

	/** Adds the default row of every area that has none; rows already there are left as coordinators set them. */
	@Override
	public void load() {
		RoleRelevanceDefaults.matrix().forEach((area, w) -> {
			if (rows.findById(area.name()).isEmpty()) {
				RoleRelevance row = new RoleRelevance(area.name());
				row.set(w[0], w[1], w[2]);
				rows.save(row);
			}
		});
	}

	@Transactional(readOnly = true)
	public List<Row> rows() {
		Map<FocusArea, double[]> defaults = RoleRelevanceDefaults.matrix();
		List<Row> all = new ArrayList<>();
		for (FocusArea area : FocusArea.values()) {
			double[] d = defaults.get(area);
			RoleRelevance row = rows.findById(area.name()).orElse(null);
			if (row == null) {
				all.add(new Row(area, d[0], d[1], d[2], -1, true));
			}
			else {
				double o = row.weight(CountryRole.ORIGIN);
				double t = row.weight(CountryRole.TRANSIT);
				double de = row.weight(CountryRole.DESTINATION);
				all.add(new Row(area, o, t, de, row.version(), o == d[0] && t == d[1] && de == d[2]));
			}
		}
		return all;
	}

	/** The matrix as the chain analysis takes it: weights per area in the order origin, transit, destination. */
	@Transactional(readOnly = true)
	public Map<FocusArea, double[]> matrix() {
		Map<FocusArea, double[]> m = new EnumMap<>(FocusArea.class);
		for (Row row : rows()) {
			m.put(row.area(), new double[] { row.origin(), row.transit(), row.destination() });
		}
		return m;
	}

	@Transactional
	public void update(FocusArea area, long version, double origin, double transit, double destination) {
		for (double w : new double[] { origin, transit, destination }) {
			if (!(w >= 0 && w <= 1)) {
				throw RuleViolationException.invalid("mobility.relevance.error.range");
			}
		}
		RoleRelevance row = rows.findById(area.name()).orElse(null);
		if (row == null) {
			ConcurrentEditException.check("relevance", area.name(), version, -1);
			row = new RoleRelevance(area.name());
		}
		else {
			ConcurrentEditException.check("relevance", area.name(), version, row.version());
		}
		row.set(origin, transit, destination);
		rows.saveAndFlush(row);
		events.publishEvent(new RelevanceChanged(area));
	}

	/** A changed row of the matrix, with the version the user edited. */
	public record Change(FocusArea area, long version, double origin, double transit, double destination) {
	}

	/** Saves the changed rows, all or none; unchanged rows are not written. */
	@Transactional
	public int updateAll(List<Change> changes) {
		Map<FocusArea, Row> current = new EnumMap<>(FocusArea.class);
		rows().forEach(r -> current.put(r.area(), r));
		int written = 0;
		for (Change change : changes) {
			Row row = current.get(change.area());
			if (row != null && row.version() == change.version() && row.origin() == change.origin()
					&& row.transit() == change.transit() && row.destination() == change.destination()) {
				continue;
			}
			update(change.area(), change.version(), change.origin(), change.transit(), change.destination());
			written++;
		}
		return written;
	}

	@Transactional
	public void resetToDefaults() {
		RoleRelevanceDefaults.matrix().forEach((area, w) -> {
			RoleRelevance row = rows.findById(area.name()).orElseGet(() -> new RoleRelevance(area.name()));
			row.set(w[0], w[1], w[2]);
			rows.save(row);
			events.publishEvent(new RelevanceChanged(area));
		});
	}

}
