package org.migracap.cooperation.web;

import java.util.List;
import java.util.Locale;

import org.migracap.cooperation.domain.ObjectiveCatalogue;
import org.migracap.platform.Access;
import org.migracap.platform.TabularExport;
import org.migracap.reference.FocusArea;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue of objectives States take a stance on, by focus area.
 */
@Controller
@Access(anonymous = true)
class ObjectiveController {

	private final ObjectiveCatalogue objectives;

	ObjectiveController(ObjectiveCatalogue objectives) {
		this.objectives = objectives;
	}

	@GetMapping("/cooperation/objectives")
	String catalogue(Model model) {
		model.addAttribute("objectives", objectives.all());
		model.addAttribute("areas", FocusArea.values());
		return "cooperation/objectives";
	}

	@GetMapping("/cooperation/objectives/export")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, Locale locale) {
		return TabularExport.download(TabularExport.Format.of(format), "migracap-objectives",
				List.of("code", "area", "title", "description"),
				objectives.all()
					.stream()
					.<List<?>>map(o -> List.of(o.code(), o.area().code(), o.title(locale), o.description(locale)))
					.toList());
	}

}
