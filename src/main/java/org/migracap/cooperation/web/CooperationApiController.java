package org.migracap.cooperation.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.migracap.cooperation.CommonGroundView;
import org.migracap.cooperation.CooperationApi;
import org.migracap.cooperation.ObjectiveView;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.AgreementService.AgreementView;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of the cooperation module: objectives, common ground and agreements, as the caller may see them.
 */
@RestController
@Access(anonymous = true)
class CooperationApiController {

	private final CooperationApi cooperation;

	private final AgreementService agreements;

	CooperationApiController(CooperationApi cooperation, AgreementService agreements) {
		this.cooperation = cooperation;
		this.agreements = agreements;
	}

	@GetMapping("/api/cooperation/objectives")
	List<ObjectiveView> objectives() {
		return cooperation.objectives();
	}

	@GetMapping("/api/cooperation/common-ground")
	CommonGroundView commonGround(@RequestParam(defaultValue = "") String countries) {
		Set<String> group = new LinkedHashSet<>();
		Arrays.stream(countries.split("[,\\s]+"))
			.filter(c -> !c.isBlank())
			.map(c -> c.trim().toUpperCase(Locale.ROOT))
			.forEach(group::add);
		return cooperation.commonGround(group, CurrentUser.current());
	}

	@GetMapping("/api/agreements")
	List<AgreementView> agreements() {
		return agreements.list(CurrentUser.current());
	}

	@GetMapping("/api/agreements/{id}")
	AgreementView agreement(@PathVariable long id) {
		return agreements.get(id, CurrentUser.current());
	}

}
