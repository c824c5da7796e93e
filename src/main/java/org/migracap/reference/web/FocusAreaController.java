package org.migracap.reference.web;

import org.migracap.platform.Access;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ten focus areas of capacity-building (MC/INF/265 paragraphs 4 to 16) with their descriptions; public. */
@Controller
@Access(anonymous = true)
class FocusAreaController {

	@GetMapping("/focus-areas")
	String focusAreas(Model model) {
		model.addAttribute("areas", FocusArea.values());
		return "reference/focus-areas";
	}

}
