package org.migracap.cooperation.web;

import java.util.List;
import java.util.Optional;

import org.migracap.cooperation.domain.CoverageService;
import org.migracap.cooperation.domain.CoverageService.Coverage;
import org.migracap.cooperation.domain.CoverageService.ExposedCorridor;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.TabularExport;
import org.migracap.reference.FocusArea;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coverage: the corridors where the most people are exposed to weak capacity and that no agreement in force covers,
 * and the largest corridors without any agreement between their two States.
 */
@Controller
@Access(anonymous = true)
class CoverageController {

	static final List<Integer> LIMITS = List.of(25, 50, 100, 250);

	private final CoverageService coverage;

	CoverageController(CoverageService coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/agreements/coverage")
	String coverage(@RequestParam(required = false) FocusArea area, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		int examined = LIMITS.contains(limit) ? limit : 50;
		Optional<CurrentUser> viewer = CurrentUser.current();
		List<ExposedCorridor> exposed = coverage.exposed(area, examined, viewer);
		model.addAttribute("exposed", all ? exposed : exposed.stream().filter(e -> e.coverage() != Coverage.FULL).toList());
		model.addAttribute("examined", exposed.size());
		model.addAttribute("fullyCovered", exposed.stream().filter(e -> e.coverage() == Coverage.FULL).count());
		model.addAttribute("largest", coverage.largest(30, viewer));
		model.addAttribute("area", area);
		model.addAttribute("limit", examined);
		model.addAttribute("limits", LIMITS);
		model.addAttribute("all", all);
		model.addAttribute("areas", FocusArea.values());
		return "cooperation/coverage";
	}

	@GetMapping("/agreements/coverage/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) FocusArea area,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "csv") String format) {
		int examined = LIMITS.contains(limit) ? limit : 50;
		List<List<?>> rows = coverage.exposed(area, examined, CurrentUser.current())
			.stream()
			.<List<?>>map(e -> List.of(e.exposure().routeId() == null ? "" : e.exposure().routeId(), e.exposure().name(),
					String.join(" ", e.exposure().countries()), e.exposure().area().code(), e.exposure().volume(),
					e.exposure().chainCapacity(), e.exposure().bottleneckIso3(), e.exposure().exposure(),
					e.coverage().name(),
					String.join(" ", e.legs().stream().filter(l -> !l.covered()).map(l -> l.fromIso3() + "-" + l.toIso3()).toList())))
			.toList();
		return TabularExport.download(TabularExport.Format.of(format), "migracap-coverage",
				List.of("route_id", "name", "countries", "area", "volume", "chain_capacity", "bottleneck", "exposure",
						"coverage", "uncovered_legs"),
				rows);
	}

}
