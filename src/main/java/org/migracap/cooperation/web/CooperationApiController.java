package org.migracap.cooperation.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.migracap.cooperation.CommonGroundView;
import org.migracap.cooperation.CooperationApi;
import org.migracap.cooperation.ObjectiveView;
import org.migracap.cooperation.domain.AgreementService;
import org.migracap.cooperation.domain.AgreementService.AgreementView;
import org.migracap.cooperation.domain.AgreementService.PartyView;
import org.migracap.cooperation.domain.AgreementStatus;
import org.migracap.cooperation.domain.AgreementType;
import org.migracap.cooperation.domain.DocumentView;
import org.migracap.cooperation.domain.ObjectiveCatalogue;
import org.migracap.cooperation.domain.PartyKind;
import org.migracap.cooperation.domain.StanceService;
import org.migracap.cooperation.domain.StanceService.StanceView;
import org.migracap.platform.Access;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.FileDownloads;
import org.migracap.reference.FocusArea;
import org.migracap.reference.ReferenceApi;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of the cooperation module: objectives, States' stances, common ground and agreements with their
 * documents, as the caller may see them; a State's focal points state its stances, IOM staff record agreements, as
 * in the pages (same rules, same services).
 */
@RestController
@Access(anonymous = true)
class CooperationApiController {

	private final CooperationApi cooperation;

	private final AgreementService agreements;

	private final StanceService stances;

	private final ObjectiveCatalogue objectives;

	private final ReferenceApi reference;

	CooperationApiController(CooperationApi cooperation, AgreementService agreements, StanceService stances,
			ObjectiveCatalogue objectives, ReferenceApi reference) {
		this.cooperation = cooperation;
		this.agreements = agreements;
		this.stances = stances;
		this.objectives = objectives;
		this.reference = reference;
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

	// ---- stances

	@Schema(description = "The stances of a State that the caller may see, and how many more it has stated that the caller may not.")
	record Stances(String iso3, List<StanceView> stances, long hidden) {
	}

	@GetMapping("/api/cooperation/stances/{iso3}")
	Stances stances(@PathVariable String iso3) {
		String country = reference.getCountry(iso3).iso3();
		Optional<CurrentUser> viewer = CurrentUser.current();
		return new Stances(country, List.copyOf(stances.stancesOf(country, viewer).values()),
				stances.hiddenCount(List.of(country), viewer));
	}

	@GetMapping("/api/cooperation/stances/{iso3}/{objective}")
	ResponseEntity<StanceView> stance(@PathVariable String iso3, @PathVariable String objective) {
		String country = reference.getCountry(iso3).iso3();
		StanceView stance = stances.stancesOf(country, CurrentUser.current()).get(objective);
		if (stance == null) {
			throw NotFoundException.of("stance", country + "/" + objective);
		}
		return ResponseEntity.ok().eTag(ETags.of(stance.version())).body(stance);
	}

	@Schema(description = "A State's stance on one objective, as its focal point states it on the stances page: stance from -2 "
			+ "(opposes) to 2 (supports), null to withdraw it; priority 1 (high) to 3; who sees it. version: the version "
			+ "edited, -1 for a new stance (optional; If-Match is checked first).",
			example = "{\"stance\": 2, \"priority\": 1, \"visibility\": \"MEMBERS\", \"note\": \"Part of the national labour migration policy.\"}")
	record StanceBody(@Nullable @Min(-2) @Max(2) Integer stance, @NotNull @Min(1) @Max(3) Integer priority,
			@NotNull Confidentiality visibility, @Nullable @Size(max = 1000) String note, @Nullable Long version) {
	}

	@PutMapping(path = "/api/cooperation/stances/{iso3}/{objective}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = Role.FOCAL_POINT, country = "iso3")
	ResponseEntity<StanceView> state(@PathVariable String iso3, @PathVariable String objective,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody StanceBody body) {
		String country = reference.getCountry(iso3).iso3();
		if (objectives.get(objective).isEmpty()) {
			throw NotFoundException.of("objective", objective);
		}
		CurrentUser user = CurrentUser.required();
		StanceView now = stances.stancesOf(country, Optional.of(user)).get(objective);
		long current = now == null ? -1 : now.version();
		ETags.check(ifMatch, "stance", country + "/" + objective, current);
		stances.save(country, List.of(new StanceService.StanceEntry(objective, body.stance(), body.priority(),
				body.visibility(), body.note(), body.version() == null ? current : body.version())), user);
		StanceView saved = stances.stancesOf(country, Optional.of(user)).get(objective);
		if (saved == null) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
	}

	// ---- agreements

	@GetMapping("/api/agreements")
	List<AgreementView> agreements() {
		return agreements.list(CurrentUser.current());
	}

	@GetMapping("/api/agreements/{id}")
	ResponseEntity<AgreementView> agreement(@PathVariable long id) {
		AgreementView agreement = agreements.get(id, CurrentUser.current());
		return ResponseEntity.ok().eTag(ETags.of(agreement.version())).body(agreement);
	}

	@Schema(description = "A party to an agreement: a State (iso3) or a non-state actor (name, and its country if any).")
	record PartyBody(@NotNull PartyKind kind, @Nullable @Size(max = 3) String iso3,
			@Nullable @Size(max = 300) String name) {
	}

	@Schema(description = "An agreement or partnership as the coordinator's form records it. version: the version edited, on "
			+ "update (optional; If-Match is checked first).",
			example = """
					{"title": "Kenya-Uganda labour mobility MoU", "type": "MEMORANDUM_OF_UNDERSTANDING", "status": "NEGOTIATION",
					 "areas": ["B"], "description": "Recognition of skills and joint recruitment rules.",
					 "startsOn": "2027-01-01", "endsOn": "2031-12-31", "confidential": false,
					 "parties": [{"kind": "STATE", "iso3": "KEN"}, {"kind": "STATE", "iso3": "UGA"},
					             {"kind": "NGO", "iso3": "KEN", "name": "Migrant Workers Association"}]}""")
	record AgreementBody(@NotBlank @Size(max = 300) String title, @NotNull AgreementType type,
			@NotNull AgreementStatus status, @Nullable @Size(max = 20) Set<FocusArea> areas,
			@Nullable @Size(max = 4000) String description, @Nullable LocalDate signedOn, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable Boolean confidential,
			@NotEmpty @Size(max = 50) List<@Valid @NotNull PartyBody> parties, @Nullable Long version) {

		AgreementService.AgreementDraft draft() {
			return new AgreementService.AgreementDraft(title, type, status,
					areas == null || areas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(areas),
					description, signedOn, startsOn, endsOn, confidential != null && confidential,
					parties.stream().map(p -> new PartyView(p.kind(), p.iso3(), p.name())).toList());
		}

	}

	@PostMapping(path = "/api/agreements", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<AgreementView> createAgreement(@Valid @RequestBody AgreementBody body) {
		AgreementView saved = agreements.create(body.draft(), CurrentUser.required());
		return ResponseEntity.created(URI.create("/api/agreements/" + saved.id()))
			.eTag(ETags.of(saved.version()))
			.body(saved);
	}

	@PutMapping(path = "/api/agreements/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<AgreementView> updateAgreement(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody AgreementBody body) {
		CurrentUser user = CurrentUser.required();
		long current = agreements.get(id, Optional.of(user)).version();
		ETags.check(ifMatch, "agreement", id, current);
		AgreementView saved = agreements.update(id, body.version() == null ? current : body.version(), body.draft(),
				user);
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
	}

	@Schema(description = "A new status of an agreement (e.g. SIGNED, with the date it was signed on; IN_FORCE); the rest of the "
			+ "agreement is kept. signedOn: kept when absent.",
			example = "{\"status\": \"SIGNED\", \"signedOn\": \"2026-11-20\"}")
	record AgreementStatusBody(@NotNull AgreementStatus status, @Nullable LocalDate signedOn) {
	}

	@PostMapping(path = "/api/agreements/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<AgreementView> changeStatus(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody AgreementStatusBody body) {
		CurrentUser user = CurrentUser.required();
		AgreementView a = agreements.get(id, Optional.of(user));
		ETags.check(ifMatch, "agreement", id, a.version());
		AgreementService.AgreementDraft draft = new AgreementService.AgreementDraft(a.title(), a.type(), body.status(),
				a.areas(), a.description(), body.signedOn() == null ? a.signedOn() : body.signedOn(), a.startsOn(),
				a.endsOn(), a.confidential(), a.parties());
		AgreementView saved = agreements.update(id, a.version(), draft, user);
		return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved);
	}

	@DeleteMapping("/api/agreements/{id}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> deleteAgreement(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		long current = agreements.get(id, Optional.of(user)).version();
		ETags.check(ifMatch, "agreement", id, current);
		agreements.delete(id, current, user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/agreements/{id}/documents")
	List<DocumentView> documents(@PathVariable long id) {
		return agreements.documents(id, CurrentUser.current());
	}

	/** Adds a document to an agreement, as the agreement page does (multipart: title, and a file or a link). */
	@PostMapping(path = "/api/agreements/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<DocumentView> addDocument(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String url, @RequestParam(required = false) @Nullable MultipartFile file)
			throws IOException {
		CurrentUser user = CurrentUser.required();
		agreements.get(id, Optional.of(user));
		DocumentView saved;
		if (file != null && !file.isEmpty()) {
			String name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
			saved = agreements.addFile(id, title, name, file.getBytes(), user);
		}
		else if (!url.isBlank()) {
			saved = agreements.addLink(id, title, url, user);
		}
		else {
			throw RuleViolationException.invalid("cooperation.document.error.nothing");
		}
		return ResponseEntity.created(URI.create("/api/agreements/" + id + "/documents/" + saved.id()))
			.eTag(ETags.of(saved.version()))
			.body(saved);
	}

	@GetMapping(path = "/api/agreements/{id}/documents/{document}", produces = MediaType.ALL_VALUE)
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long document) {
		return FileDownloads.attachment(agreements.file(id, document, CurrentUser.current()));
	}

	@DeleteMapping("/api/agreements/{id}/documents/{document}")
	@Access({ Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Void> removeDocument(@PathVariable long id, @PathVariable long document,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CurrentUser user = CurrentUser.required();
		long current = agreements.documents(id, Optional.of(user))
			.stream()
			.filter(d -> d.id() == document)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("document", document))
			.version();
		ETags.check(ifMatch, "document", document, current);
		agreements.removeDocument(id, document, current, user);
		return ResponseEntity.noContent().build();
	}

}
