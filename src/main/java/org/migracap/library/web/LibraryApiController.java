package org.migracap.library.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.Visibility;
import org.migracap.library.domain.Comparisons;
import org.migracap.library.domain.DocumentDetails;
import org.migracap.library.domain.DocumentImport;
import org.migracap.library.domain.DocumentService;
import org.migracap.library.domain.DocumentView;
import org.migracap.library.domain.LibraryIndex;
import org.migracap.library.domain.LibrarySearch;
import org.migracap.library.domain.Suggestion;
import org.migracap.library.domain.Upload;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.ImportReport;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.FileDownloads;
import org.migracap.reference.FocusArea;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
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
 * The library's JSON API: search with facets, documents (read, create, change, delete), their files, suggestions,
 * comparison, peer approaches and the bulk import. Answers hold only what the caller may see.
 */
@RestController
class LibraryApiController {

	private final DocumentService documents;

	private final LibrarySearch search;

	private final Comparisons comparisons;

	private final DocumentImport imports;

	private final LibraryIndex index;

	private final Validator validator;

	LibraryApiController(DocumentService documents, LibrarySearch search, Comparisons comparisons,
			DocumentImport imports, LibraryIndex index, Validator validator) {
		this.validator = validator;
		this.documents = documents;
		this.search = search;
		this.comparisons = comparisons;
		this.imports = imports;
		this.index = index;
	}

	/** A document's metadata as sent to the API. */
	@Schema(description = "A law, policy or agreement of a country: its kind, titles, language, dates, status, focus areas, "
			+ "GCM objectives, instruments, summary, source and visibility; version is the document's version read when "
			+ "updating (or send it as If-Match).",
			example = "{\"country\": \"KEN\", \"kind\": \"LAW\", \"titleOriginal\": \"The Refugees Act, 2021\", "
					+ "\"titleEnglish\": \"The Refugees Act, 2021\", \"language\": \"en\", \"adoptedOn\": \"2021-11-17\", "
					+ "\"status\": \"IN_FORCE\", \"areas\": [\"C\"], \"gcmObjectives\": [4], "
					+ "\"summary\": \"Recognition, protection and management of refugees.\", "
					+ "\"sourceUrl\": \"https://example.org/refugees-act-2021\", \"visibility\": \"PUBLIC\"}")
	record DocumentRequest(@NotBlank @Size(min = 3, max = 3) String country, @NotNull DocumentKind kind,
			@NotBlank @Size(max = 500) String titleOriginal, @Nullable @Size(max = 500) String titleEnglish,
			@NotBlank @Size(min = 2, max = 2) String language, @Nullable LocalDate adoptedOn,
			@Nullable LocalDate inForceOn, @NotNull DocumentStatus status, @Nullable Long supersedesId,
			@NotEmpty Set<FocusArea> areas, @Nullable Set<Integer> gcmObjectives, @Nullable @Size(max = 10) Set<@Size(max = 36) String> instruments,
			@Nullable @Size(max = 4000) String summary, @Nullable @Size(max = 1000) String sourceUrl,
			@Nullable Visibility visibility, @Nullable Long version) {

		DocumentDetails toDetails() {
			return new DocumentDetails(country, kind, titleOriginal, titleEnglish, language, adoptedOn, inForceOn,
					status, supersedesId, areas, gcmObjectives == null ? Set.of() : gcmObjectives,
					instruments == null ? Set.of() : instruments, summary, sourceUrl,
					visibility == null ? Visibility.PUBLIC : visibility);
		}

	}

	record Created(long id) {
	}

	@GetMapping("/api/library/documents")
	@Access(anonymous = true)
	LibrarySearchPage search(@ParameterObject LibraryListParameters parameters) {
		return LibrarySearchPage.of(search.search(parameters.toQuery(), CurrentUser.current()));
	}

	@GetMapping("/api/library/suggestions")
	@Access(anonymous = true)
	List<Suggestion> suggest(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "8") int limit) {
		return search.suggest(q, CurrentUser.current(), limit);
	}

	@GetMapping("/api/library/documents/{id}")
	@Access(anonymous = true, ownCountry = true)
	ResponseEntity<DocumentView> get(@PathVariable long id) {
		return tagged(documents.get(id, CurrentUser.current()));
	}

	@PostMapping(value = "/api/library/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	ResponseEntity<Created> create(@Valid @RequestBody DocumentRequest request) {
		long id = documents.create(request.toDetails(), null, CurrentUser.required());
		return ResponseEntity.created(URI.create("/api/library/documents/" + id)).body(new Created(id));
	}

	/**
	 * Changes a document; the caller's right to it is checked before the body is validated. The version read (the
	 * document's ETag) goes in {@code If-Match} (412 when stale) or as {@code version} in the body (409 when stale).
	 */
	@PutMapping(value = "/api/library/documents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<DocumentView> update(@PathVariable long id, @RequestBody DocumentRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CurrentUser user = editable(id);
		Set<ConstraintViolation<DocumentRequest>> violations = validator.validate(request);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		Long version = ETags.expected(ifMatch, request.version());
		if (version == null) {
			throw RuleViolationException.invalid("library.error.versionRequired");
		}
		ETags.update(ifMatch, () -> documents.update(id, version, request.toDetails(), user));
		return tagged(documents.get(id, Optional.of(user)));
	}

	/** Deletes a document; its version in {@code If-Match} (412 when stale) or as the {@code version} parameter. */
	@DeleteMapping("/api/library/documents/{id}")
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		CurrentUser user = editable(id);
		Long expected = ETags.expected(ifMatch, version);
		if (expected == null) {
			throw RuleViolationException.invalid("library.error.versionRequired");
		}
		ETags.update(ifMatch, () -> documents.delete(id, expected, user));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<DocumentView> tagged(DocumentView document) {
		return ResponseEntity.ok().eTag(ETags.of(document.version())).body(document);
	}

	private CurrentUser editable(long id) {
		CurrentUser user = CurrentUser.required();
		user.requireCountry(documents.get(id, Optional.of(user)).iso3());
		return user;
	}

	@GetMapping("/api/library/documents/{id}/file")
	@Access(anonymous = true, ownCountry = true)
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return FileDownloads.attachment(documents.file(id, CurrentUser.current()));
	}

	@PostMapping(value = "/api/library/documents/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Access(value = { Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN }, ownCountry = true)
	DocumentView upload(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Long version) throws IOException {
		CurrentUser user = editable(id);
		DocumentView current = documents.get(id, Optional.of(user));
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.invalid("library.upload.empty");
		}
		documents.replaceFile(id, version == null ? current.version() : version,
				new Upload(DocumentController.name(file), file.getBytes()), user);
		return documents.get(id, Optional.of(user));
	}

	@PostMapping(value = "/api/library/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Access({ Role.FOCAL_POINT, Role.COORDINATOR, Role.ADMIN })
	ImportReport importFile(@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.invalid("library.upload.empty");
		}
		return imports.importFile(DocumentController.name(file), file.getBytes(), CurrentUser.required());
	}

	@GetMapping("/api/library/compare")
	@Access(anonymous = true)
	Comparisons.Comparison compare(@RequestParam String area, @RequestParam(name = "country") List<String> countries) {
		if (!FocusArea.isCode(area)) {
			throw new IllegalArgumentException("area");
		}
		return comparisons.compare(FocusArea.of(area), countries, CurrentUser.current());
	}

	@GetMapping("/api/library/peers")
	@Access(anonymous = true)
	Comparisons.PeerApproaches peers(@RequestParam String country, @RequestParam String area) {
		if (!FocusArea.isCode(area)) {
			throw new IllegalArgumentException("area");
		}
		return comparisons.peers(country.toUpperCase(java.util.Locale.ROOT), FocusArea.of(area),
				CurrentUser.current());
	}

	/** Rebuilds the search index from the database (administrators; also used by the benchmark). */
	@PostMapping("/api/library/index")
	@Access(Role.ADMIN)
	LibraryIndex.Rebuild reindex() {
		return index.rebuild();
	}

}
