package org.migracap.reference.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migracap.platform.CountryTab;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ViewFragment;
import org.migracap.reference.InstrumentView;
import org.migracap.reference.RatificationView;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Component;

/**
 * The first tab of the country page: where the country sits (region, income group, IOM status) and which
 * instruments it is party to.
 */
@Component
class OverviewTab implements CountryTab {

	private final ReferenceApi reference;

	OverviewTab(ReferenceApi reference) {
		this.reference = reference;
	}

	@Override
	public String key() {
		return "overview";
	}

	@Override
	public String labelKey() {
		return "country.tab.overview";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public ViewFragment render(String iso3, Optional<CurrentUser> user) {
		Map<String, RatificationView> byInstrument = reference.ratificationsOf(iso3)
			.stream()
			.collect(Collectors.toMap(RatificationView::instrumentCode, Function.identity()));
		List<InstrumentView> instruments = reference.instruments();
		return ViewFragment.of("reference/country", "overview",
				Map.of("country", reference.getCountry(iso3), "instruments", instruments, "ratifications",
						byInstrument));
	}

}
