package org.migracap.mobility.domain;

import java.util.List;

import org.migracap.mobility.domain.RouteService.RouteDraft;
import org.migracap.platform.StartupData;
import org.springframework.stereotype.Component;

/**
 * Demo routes along real migration corridors, for the demo focal points' countries and their neighbours. The transit
 * countries are illustrative and every route is labelled demo; volumes come from the shipped migrant stock data.
 */
@Component
class DemoRoutes implements StartupData {

	static final String NOTE = "Demo route: the corridor is real, the transit countries are illustrative.";

	static final List<RouteDraft> ROUTES = List.of(
			route("Guatemala - Mexico - United States (demo)", "GTM", List.of("MEX"), "USA"),
			route("Honduras - Guatemala - Mexico - United States (demo)", "HND", List.of("GTM", "MEX"), "USA"),
			route("Mexico - United States (demo)", "MEX", List.of(), "USA"),
			route("Morocco - Spain (demo)", "MAR", List.of(), "ESP"),
			route("Senegal - Morocco - Spain (demo)", "SEN", List.of("MAR"), "ESP"),
			route("Senegal - Mali - Niger - Libya - Italy (demo)", "SEN", List.of("MLI", "NER", "LBY"), "ITA"),
			route("Nigeria - Niger - Libya - Italy (demo)", "NGA", List.of("NER", "LBY"), "ITA"),
			route("Philippines - Saudi Arabia (demo)", "PHL", List.of(), "SAU"),
			route("Philippines - United Arab Emirates (demo)", "PHL", List.of(), "ARE"),
			route("Kenya - Saudi Arabia (demo)", "KEN", List.of(), "SAU"),
			route("Kenya - United Kingdom (demo)", "KEN", List.of(), "GBR"),
			route("Ethiopia - Djibouti - Yemen - Saudi Arabia (demo)", "ETH", List.of("DJI", "YEM"), "SAU"),
			route("Syria - Turkey - Greece - Germany (demo)", "SYR", List.of("TUR", "GRC"), "DEU"),
			route("Afghanistan - Iran - Turkey (demo)", "AFG", List.of("IRN"), "TUR"),
			route("Venezuela - Colombia - Ecuador - Peru (demo)", "VEN", List.of("COL", "ECU"), "PER"));

	private final RouteService routes;

	DemoRoutes(RouteService routes) {
		this.routes = routes;
	}

	private static RouteDraft route(String name, String origin, List<String> transit, String destination) {
		return new RouteDraft(name, origin, transit, destination, VolumeMode.DATA, null, NOTE);
	}

	@Override
	public String name() {
		return "mobility-demo-routes";
	}

	@Override
	public int order() {
		return 910;
	}

	@Override
	public String version() {
		return "2";
	}

	@Override
	public boolean demo() {
		return true;
	}

	@Override
	public void load() {
		for (RouteDraft draft : ROUTES) {
			if (routes.find(draft.name()).isEmpty()) {
				routes.createDemo(draft);
			}
		}
	}

}
