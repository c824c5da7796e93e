package org.migracap.planning.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.migracap.identity.IdentityApi;
import org.migracap.planning.AdoptedIntervention;
import org.migracap.planning.PlanAdopted;
import org.migracap.platform.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells IOM coordinators, and the focal points of every country the plan serves, that a plan was adopted.
 */
@Component
class PlanAdoptedNotifier {

	private final IdentityApi identity;

	PlanAdoptedNotifier(IdentityApi identity) {
		this.identity = identity;
	}

	@ApplicationModuleListener
	void on(PlanAdopted plan) {
		Set<String> countries = new TreeSet<>();
		for (AdoptedIntervention intervention : plan.interventions()) {
			countries.addAll(intervention.countries());
		}
		List<String> args = List.of(plan.name(), String.valueOf(plan.interventions().size()));
		identity.notifyRole(Role.COORDINATOR, "planning.notify.adopted", args, "/planning/scenarios/" + plan.scenarioId());
		for (String iso3 : countries) {
			identity.notifyCountry(iso3, "planning.notify.adoptedCountry", List.of(plan.name()), null);
		}
	}

}
