package org.migracap.reference.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.ETags;
import org.migracap.platform.ImportReport;
import org.migracap.platform.Role;
import org.migracap.reference.CodeItem;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.InstrumentView;
import org.migracap.reference.IomStatus;
import org.migracap.reference.RatificationStatus;
import org.migracap.reference.RatificationView;
import org.migracap.reference.ReferenceApi;
import org.migracap.reference.domain.MembershipService;
import org.migracap.reference.domain.MembershipService.MembershipRecord;
import org.migracap.reference.domain.RatificationService;
import org.springframework.context.MessageSource;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of the reference data. Reading is public; recording IOM membership and ratifications is for
 * administrators.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferenceApiController {

	private final ReferenceApi reference;

	private final MembershipService memberships;

	private final RatificationService ratifications;

	private final MessageSource messages;

	ReferenceApiController(ReferenceApi reference, MembershipService memberships, RatificationService ratifications,
			MessageSource messages) {
		this.reference = reference;
		this.memberships = memberships;
		this.ratifications = ratifications;
		this.messages = messages;
	}

	@GetMapping("/countries")
	@Access(anonymous = true)
	PagedModel<CountryView> countries(@ParameterObject CountryListParameters parameters, Locale locale) {
		return new PagedModel<>(parameters.toQuery().page(reference.countries(), locale));
	}

	@GetMapping("/countries/{iso3}")
	@Access(anonymous = true)
	CountryView country(@PathVariable String iso3) {
		return reference.getCountry(iso3);
	}

	@GetMapping("/countries/{iso3}/ratifications")
	@Access(anonymous = true)
	List<RatificationView> countryRatifications(@PathVariable String iso3) {
		return reference.ratificationsOf(reference.getCountry(iso3).iso3());
	}

	@GetMapping("/countries/{iso3}/membership")
	@Access(anonymous = true)
	ResponseEntity<MembershipRecord> membership(@PathVariable String iso3) {
		MembershipRecord membership = memberships.get(iso3);
		return ResponseEntity.ok().eTag(ETags.of(membership.version())).body(membership);
	}

	@Schema(description = "A country's IOM status, since when, and a note; version is the record's version read (-1 for a "
			+ "country without one), or send it as If-Match.",
			example = "{\"status\": \"MEMBER\", \"since\": 1990, \"note\": \"Recorded from the IOM Council list.\", \"version\": -1}")
	record MembershipRequest(@NotNull IomStatus status, @Nullable @Min(1951) @Max(2100) Integer since,
			@Nullable @Size(max = 500) String note, @Nullable Long version) {
	}

	@PutMapping(path = "/countries/{iso3}/membership", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(Role.ADMIN)
	ResponseEntity<MembershipRecord> recordMembership(@PathVariable String iso3,
			@Valid @RequestBody MembershipRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.required(ifMatch, request.version());
		ETags.update(ifMatch, () -> memberships.record(iso3, request.status(), request.since(), request.note(), version));
		MembershipRecord membership = memberships.get(iso3);
		return ResponseEntity.ok().eTag(ETags.of(membership.version())).body(membership);
	}

	@PostMapping(path = "/memberships/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Access(Role.ADMIN)
	ImportReport importMemberships(@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return memberships.importCsv(filename(file), in);
		}
	}

	record FocusAreaResponse(String code, String name, String description) {
	}

	@GetMapping("/focus-areas")
	@Access(anonymous = true)
	List<FocusAreaResponse> focusAreas(Locale locale) {
		return Arrays.stream(FocusArea.values())
			.map(area -> new FocusAreaResponse(area.code(), messages.getMessage(area.nameKey(), null, locale),
					messages.getMessage(area.descriptionKey(), null, locale)))
			.toList();
	}

	@GetMapping("/instruments")
	@Access(anonymous = true)
	List<InstrumentView> instruments() {
		return reference.instruments();
	}

	@GetMapping("/instruments/{code}/ratifications")
	@Access(anonymous = true)
	List<RatificationView> instrumentRatifications(@PathVariable String code) {
		return reference.ratificationsOfInstrument(code);
	}

	@Schema(description = "A country's status towards an instrument (party, signatory, none), the year, a note; version is "
			+ "the record's version read (-1 for none yet).",
			example = "{\"status\": \"PARTY\", \"year\": 2005, \"note\": \"Accession deposited.\", \"version\": -1}")
	record RatificationRequest(@NotNull RatificationStatus status, @Nullable @Min(1900) @Max(2100) Integer year,
			@Nullable @Size(max = 500) String note, @NotNull Long version) {
	}

	@PutMapping(path = "/instruments/{code}/ratifications/{iso3}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(Role.ADMIN)
	RatificationView recordRatification(@PathVariable String code, @PathVariable String iso3,
			@Valid @RequestBody RatificationRequest request) {
		ratifications.record(code, iso3, request.status(), request.year(), request.note(), request.version());
		return ratifications.get(code, iso3).view();
	}

	@PostMapping(path = "/ratifications/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Access(Role.ADMIN)
	ImportReport importRatifications(@RequestParam("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return ratifications.importCsv(filename(file), in);
		}
	}

	@GetMapping("/code-lists")
	@Access(anonymous = true)
	List<String> codeLists() {
		return reference.codeListNames();
	}

	@GetMapping("/code-lists/{name}")
	@Access(anonymous = true)
	List<CodeItem> codeList(@PathVariable String name) {
		return reference.codeList(name);
	}

	static String filename(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload.csv" : name.replaceAll("[^\\w.\\- ]", "_");
	}

}
