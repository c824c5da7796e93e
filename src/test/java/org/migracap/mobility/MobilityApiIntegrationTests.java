package org.migracap.mobility;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other modules get from {@link MobilityApi}: the demo routes with volumes from the data, the roles of countries.
 */
@MigraCapIntegrationTest
class MobilityApiIntegrationTests {

	@Autowired
	MobilityApi mobility;

	@Test
	void demoRoutesRunAlongRealCorridorsWithTheirMigrantStockAsVolume() {
		RouteView guatemala = mobility.routes()
			.stream()
			.filter(r -> r.name().equals("Guatemala - Mexico - United States (demo)"))
			.findFirst()
			.orElseThrow();
		assertThat(guatemala.countries()).containsExactly("GTM", "MEX", "USA");
		// UN DESA 2019, Guatemala -> United States of America (un_desa_migrant_stock_2019_long.csv).
		assertThat(guatemala.volume()).isEqualTo(1_070_743.0);
		assertThat(mobility.routesThrough("MLI")).extracting(RouteView::name)
			.containsExactly("Senegal - Mali - Niger - Libya - Italy (demo)");
	}

	@Test
	void rolesComeFromTheRoutesAndFromTheBalanceOfEmigrantsAndImmigrants() {
		RouteView sahel = mobility.routesThrough("MLI").get(0);
		assertThat(mobility.roleOn(sahel.id(), "SEN")).contains(CountryRole.ORIGIN);
		assertThat(mobility.roleOn(sahel.id(), "NER")).contains(CountryRole.TRANSIT);
		assertThat(mobility.roleOn(sahel.id(), "ITA")).contains(CountryRole.DESTINATION);
		assertThat(mobility.roleOn(sahel.id(), "KEN")).isEmpty();
		assertThat(mobility.mainRole("MEX")).isEqualTo(CountryRole.TRANSIT);
		assertThat(mobility.mainRole("PHL")).isEqualTo(CountryRole.ORIGIN);
		assertThat(mobility.mainRole("SAU")).isEqualTo(CountryRole.DESTINATION);
	}

	@Test
	void mainCorridorPartnersAreTheLargestStocksEitherWay() {
		List<String> partners = mobility.mainCorridorPartners("MEX", 3);
		assertThat(partners).hasSize(3).first().isEqualTo("USA");
	}

}
