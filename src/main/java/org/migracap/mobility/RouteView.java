package org.migracap.mobility;

import java.util.ArrayList;
import java.util.List;

/**
 * A route along the chain of movement: origin, transit countries in order, destination, and the number of people who
 * move along it ({@code volume}: the origin-destination migrant stock of the latest data, or a figure a coordinator
 * entered).
 */
public record RouteView(long id, String name, String originIso3, List<String> transitIso3, String destinationIso3,
		double volume) {

	public RouteView {
		transitIso3 = List.copyOf(transitIso3);
	}

	/** Every country on the route in order: origin, transit countries, destination. */
	public List<String> countries() {
		List<String> all = new ArrayList<>(transitIso3.size() + 2);
		all.add(originIso3);
		all.addAll(transitIso3);
		all.add(destinationIso3);
		return all;
	}

}
