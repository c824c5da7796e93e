package org.migracap.platform;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migracap.MigraCapApplication;
import org.migracap.mobility.domain.ChainService;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.RouteService;
import org.migracap.mobility.domain.VolumeMode;
import org.migracap.reference.IomStatus;
import org.migracap.reference.ReferenceApi;
import org.migracap.reference.domain.MembershipService;
import org.migracap.support.MigraCapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database: what one instance caches (chain analysis, corridor figures, the country catalogue)
 * is keyed with data stamps kept in the database, so a change made through the other instance is seen at the next
 * read, with no time-to-live to wait for (ADR platform-02). Each read is done once before the change, so that the
 * value is really cached on the reading instance when the change happens.
 */
@MigraCapIntegrationTest
class TwoInstancesCacheIntegrationTests {

	static ConfigurableApplicationContext other;

	@Autowired
	RouteService routes;

	@Autowired
	MembershipService memberships;

	@Autowired
	MigrationQueries queries;

	@BeforeAll
	static void startTheOtherInstance() {
		other = SpringApplication.run(MigraCapApplication.class, "--server.port=0", "--spring.profiles.active=test");
	}

	@AfterAll
	static void stopTheOtherInstance() {
		if (other != null) {
			other.close();
		}
	}

	@Test
	void aRouteAddedThroughOneInstanceIsInTheChainAnalysisOfTheOther() {
		ChainService chainThere = other.getBean(ChainService.class);
		int before = chainThere.analysis(Optional.empty()).definedRoutes();
		assertThat(chainThere.analysis(Optional.empty()).definedRoutes()).isEqualTo(before);

		RouteService.RouteRecord route = routes.create(new RouteService.RouteDraft("Two instances route", "SEN",
				List.of("MLI"), "ESP", VolumeMode.ENTERED, 12_345.0, null));

		try {
			ChainService.Analysis after = chainThere.analysis(Optional.empty());
			assertThat(after.definedRoutes()).isEqualTo(before + 1);
			assertThat(after.indexOfRoute(route.id())).isPresent();
		}
		finally {
			// The database is shared with the other test classes: leave the demo routes as they were.
			routes.delete(route.id(), route.version());
		}
		assertThat(chainThere.analysis(Optional.empty()).definedRoutes()).isEqualTo(before);
	}

	@Test
	void aChangeOfIomStatusThroughOneInstanceIsInTheCountriesOfTheOther() {
		ReferenceApi referenceThere = other.getBean(ReferenceApi.class);
		IomStatus before = referenceThere.getCountry("TUV").iomStatus();
		IomStatus changed = before == IomStatus.OBSERVER ? IomStatus.MEMBER : IomStatus.OBSERVER;

		memberships.record("TUV", changed, 2001, "two instances", memberships.get("TUV").version());

		try {
			assertThat(referenceThere.getCountry("TUV").iomStatus()).isEqualTo(changed);
			assertThat(referenceThere.countries().stream().filter(c -> c.iso3().equals("TUV")).findFirst().orElseThrow()
				.iomStatus()).isEqualTo(changed);
		}
		finally {
			memberships.record("TUV", before, null, "two instances, restored", memberships.get("TUV").version());
		}
	}

	@Test
	void migrationDataInvalidatedThroughOneInstanceIsReadAgainByTheOther() {
		MigrationQueries queriesThere = other.getBean(MigrationQueries.class);
		List<MigrationQueries.SourceInfo> cached = queriesThere.sources();
		assertThat(queriesThere.sources()).isSameAs(cached);

		queries.invalidate();

		assertThat(queriesThere.sources()).isNotSameAs(cached).isEqualTo(cached);
	}

}
