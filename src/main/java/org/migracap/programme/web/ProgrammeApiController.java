package org.migracap.programme.web;

import java.math.BigDecimal;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.programme.domain.IatiExport;
import org.migracap.programme.domain.ImpactService;
import org.migracap.programme.domain.ProgrammeService;
import org.migracap.programme.domain.ProgrammeViews;
import org.migracap.programme.domain.RecurrentFinancing;
import org.migracap.programme.domain.RecurrentService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of programmes: the list and one programme (public parts for everybody, budget lines and internal documents
 * for IOM staff and the programme's countries), its impact estimate, results reporting, and a country's recurrent
 * financing outlook.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ProgrammeApiController {

	private final ProgrammeService programmes;

	private final ImpactService impact;

	private final RecurrentService recurrent;

	private final IatiExport iati;

	ProgrammeApiController(ProgrammeService programmes, ImpactService impact, RecurrentService recurrent,
			IatiExport iati) {
		this.programmes = programmes;
		this.iati = iati;
		this.impact = impact;
		this.recurrent = recurrent;
	}

	@GetMapping("/programmes")
	@Access(anonymous = true)
	PagedModel<ProgrammeViews.Row> list(@ParameterObject ProgrammeListParameters parameters) {
		return new PagedModel<>(programmes.search(parameters.toQuery(), CurrentUser.current()));
	}

	/** The IATI 2.03 activity file of the published programmes, checked against the IATI schema before it is sent. */
	@GetMapping(path = "/programmes/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Access(anonymous = true)
	ResponseEntity<byte[]> iati() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.published());
	}

	/** The IATI 2.03 activity of one programme, as far as it is public. */
	@GetMapping(path = "/programmes/{id}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Access(anonymous = true)
	ResponseEntity<byte[]> iatiOne(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(iati.one(id, CurrentUser.current()));
	}

	@GetMapping("/programmes/{id}")
	@Access(anonymous = true)
	ProgrammeViews.Detail get(@PathVariable long id) {
		return programmes.detail(id, CurrentUser.current());
	}

	record ImpactResponse(long programmeId, int startYear, String basis, boolean dataAvailable,
			org.migracap.programme.domain.DifferenceInDifferences.Result result) {
	}

	@GetMapping("/programmes/{id}/impact")
	@Access(anonymous = true)
	ImpactResponse impact(@PathVariable long id, @RequestParam(defaultValue = "either") String basis) {
		ProgrammeViews.Impact found = impact.impact(id, basis, CurrentUser.current());
		return new ImpactResponse(id, found.startYear(), found.basis(), found.dataAvailable(), found.result());
	}

	/** Not validated before the call, so that a focal point of another country is told "not found" first. */
	@Schema(description = "The value reached for an indicator in a reporting period, a comment, and the version read.",
			example = "{\"actual\": 120, \"comment\": \"Officers trained at Busia and Malaba.\", \"version\": 0}")
	record ActualBody(@Nullable BigDecimal actual, @Nullable String comment, @Nullable Long version) {
	}

	@PostMapping(path = "/programmes/{id}/periods/{periodId}/actual", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ProgrammeViews.Detail recordActual(@PathVariable long id, @PathVariable long periodId,
			@RequestBody ActualBody body) {
		Optional<CurrentUser> viewer = CurrentUser.current();
		programmes.requireReporter(id, CurrentUser.required());
		programmes.recordActual(id, periodId, body.version() == null ? -1 : body.version(), body.actual(),
				body.comment(), CurrentUser.required());
		return programmes.detail(id, viewer);
	}

	@GetMapping("/recurrent/{iso3}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, country = "iso3")
	RecurrentFinancing.Outlook outlook(@PathVariable String iso3) {
		return recurrent.outlook(iso3, CurrentUser.required());
	}

}
