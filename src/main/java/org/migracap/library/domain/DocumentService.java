package org.migracap.library.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.migracap.identity.IdentityApi;
import org.migracap.library.DocumentStatus;
import org.migracap.library.DocumentSummary;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.FileFacts;
import org.migracap.platform.files.StoredFile;
import org.migracap.reference.CodeItem;
import org.migracap.reference.InstrumentView;
import org.migracap.reference.ReferenceApi;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of the library: who may see and change them, and the rules they keep. Focal points manage their own
 * country's documents, IOM coordinators and administrators every country's. A confidential document is seen only by
 * its country's focal points and IOM staff; to anybody else it does not exist (404).
 */
@Service
public class DocumentService {

	static final int EXCERPT = 1500;

	private final Documents documents;

	private final DocumentFiles files;

	private final TextExtractor extractor;

	private final ReferenceApi reference;

	private final IdentityApi identity;

	DocumentService(Documents documents, DocumentFiles files, TextExtractor extractor, ReferenceApi reference,
			IdentityApi identity) {
		this.documents = documents;
		this.files = files;
		this.extractor = extractor;
		this.reference = reference;
		this.identity = identity;
	}

	@Transactional(readOnly = true)
	public DocumentView get(long id, Optional<CurrentUser> viewer) {
		Document document = visible(id, viewer);
		Document previous = document.supersedes();
		FileFacts file = document.file();
		String text = document.text() == null ? "" : document.text();
		return new DocumentView(document.id(), document.version(), document.country(), document.kind(),
				document.titleOriginal(), document.titleEnglish(), document.language(), document.adoptedOn(),
				document.inForceOn(), document.status(), document.areaSet(), document.gcmSet(),
				document.instrumentSet(), document.summary(), document.sourceUrl(), document.visibility(),
				document.demo(), file == null ? null : file.fileName(), file == null ? null : file.contentType(),
				file == null ? null : file.size(),
				document.textTruncated(), text.length(), text.length() > EXCERPT ? text.substring(0, EXCERPT) : text,
				previous != null && previous.visibility().visibleTo(previous.country(), viewer) ? previous.toSummary()
						: null,
				documents.laterVersionsOf(document)
					.stream()
					.filter(d -> d.visibility().visibleTo(d.country(), viewer))
					.map(Document::toSummary)
					.toList(),
				document.updatedAt(), viewer.map(u -> u.canEditCountry(document.country())).orElse(false));
	}

	@Transactional(readOnly = true)
	public DocumentSummary summary(long id, Optional<CurrentUser> viewer) {
		return visible(id, viewer).toSummary();
	}

	/** The documents of a country that the viewer may see, newest first. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> ofCountry(String iso3, Optional<CurrentUser> viewer, int limit) {
		return documents.ofCountry(iso3, PageRequest.of(0, limit))
			.stream()
			.filter(d -> d.visibility().visibleTo(d.country(), viewer))
			.map(Document::toSummary)
			.toList();
	}

	/**
	 * Creates a document, with its file when there is one. Nothing is written when the file is refused.
	 * @throws RuleViolationException when a rule is broken or the file is refused
	 */
	@Transactional
	public long create(DocumentDetails details, @Nullable Upload upload, CurrentUser actor) {
		return create(details, upload, actor, false);
	}

	@Transactional
	public long create(DocumentDetails details, @Nullable Upload upload, CurrentUser actor, boolean demo) {
		actor.requireCountry(details.iso3());
		StoredFile file = upload == null ? null : extractor.accept(upload);
		ExtractedText extracted = file == null ? null : extractor.extract(file);
		DocumentDetails checked = check(details, null, extracted);
		Document document = new Document(checked.iso3(), demo);
		document.describe(checked);
		document.supersede(previous(checked, null, actor));
		documents.saveAndFlush(document);
		if (file != null && extracted != null) {
			attach(document, file, extracted);
		}
		markPreviousAmended(document);
		return document.id();
	}

	/** Changes a document's metadata; {@code version} is the version the person edited. */
	@Transactional
	public void update(long id, long version, DocumentDetails details, CurrentUser actor) {
		Document document = editable(id, actor);
		ConcurrentEditException.check(Document.class, id, "document", id, version, document.version());
		if (!document.country().equals(details.iso3())) {
			actor.requireCountry(details.iso3());
		}
		DocumentDetails checked = check(details, document, null);
		if (!checked.iso3().equals(document.country())) {
			throw RuleViolationException.invalid("library.error.countryFixed");
		}
		document.describe(checked);
		document.supersede(previous(checked, document, actor));
		documents.save(document);
		markPreviousAmended(document);
	}

	/** Replaces a document's file (and so its text). */
	@Transactional
	public void replaceFile(long id, long version, Upload upload, CurrentUser actor) {
		Document document = editable(id, actor);
		ConcurrentEditException.check(Document.class, id, "document", id, version, document.version());
		StoredFile file = extractor.accept(upload);
		attach(document, file, extractor.extract(file));
	}

	@Transactional
	public void delete(long id, long version, CurrentUser actor) {
		Document document = editable(id, actor);
		ConcurrentEditException.check(Document.class, id, "document", id, version, document.version());
		documents.forget(document);
		documents.delete(document);
	}

	@Transactional(readOnly = true)
	public StoredFile file(long id, Optional<CurrentUser> viewer) {
		FileFacts facts = visible(id, viewer).file();
		byte[] content = files.load(id).orElse(null);
		if (facts == null || content == null) {
			throw NotFoundException.of("file of document", id);
		}
		return facts.with(content);
	}

	/** Checks a file and reads its text without keeping anything, for imports that validate before writing. */
	public ExtractedText read(Upload upload) {
		return extractor.extract(extractor.accept(upload));
	}

	/** The earlier versions a document of the country may supersede, as the viewer sees them. */
	@Transactional(readOnly = true)
	public List<DocumentSummary> candidatesToSupersede(String iso3, @Nullable Long except, CurrentUser actor) {
		return ofCountry(iso3, Optional.of(actor), 500).stream()
			.filter(d -> except == null || d.id() != except)
			.toList();
	}

	private void attach(Document document, StoredFile file, ExtractedText extracted) {
		document.attach(file.facts(), extracted);
		documents.save(document);
		files.store(document.id(), file.content());
	}

	private void markPreviousAmended(Document document) {
		Document previous = document.supersedes();
		if (previous != null && document.status() == DocumentStatus.IN_FORCE
				&& previous.status() == DocumentStatus.IN_FORCE) {
			previous.markStatus(DocumentStatus.AMENDED);
			documents.save(previous);
		}
	}

	private @Nullable Document previous(DocumentDetails details, @Nullable Document self, CurrentUser actor) {
		if (details.supersedesId() == null) {
			return null;
		}
		Document previous = documents.findById(details.supersedesId())
			.filter(d -> d.visibility().visibleTo(d.country(), Optional.of(actor)))
			.orElseThrow(() -> RuleViolationException.invalid("library.error.supersedesUnknown"));
		if (!previous.country().equals(details.iso3())) {
			throw RuleViolationException.invalid("library.error.supersedesCountry");
		}
		if (self != null) {
			for (Document d = previous; d != null; d = d.supersedes()) {
				if (d.id() == self.id()) {
					throw RuleViolationException.invalid("library.error.supersedesCycle");
				}
			}
		}
		return previous;
	}

	/** Checks the rules a document keeps; fills the language from the file when the person gave none. */
	public DocumentDetails validate(DocumentDetails details, @Nullable ExtractedText extracted) {
		return check(details, null, extracted);
	}

	private DocumentDetails check(DocumentDetails details, @Nullable Document self, @Nullable ExtractedText extracted) {
		String iso3 = details.iso3().trim().toUpperCase(Locale.ROOT);
		if (!reference.isCountry(iso3)) {
			throw RuleViolationException.invalid("library.error.unknownCountry", iso3);
		}
		if (details.titleOriginal().isBlank()) {
			throw RuleViolationException.invalid("library.error.titleRequired");
		}
		if (details.areas().isEmpty()) {
			throw RuleViolationException.invalid("library.error.noArea");
		}
		if (details.adoptedOn() != null && details.inForceOn() != null
				&& details.inForceOn().isBefore(details.adoptedOn())) {
			throw RuleViolationException.invalid("library.error.inForceBeforeAdoption");
		}
		Set<String> knownInstruments = reference.instruments()
			.stream()
			.map(InstrumentView::code)
			.collect(Collectors.toSet());
		for (String instrument : details.instruments()) {
			if (!knownInstruments.contains(instrument)) {
				throw RuleViolationException.invalid("library.error.unknownInstrument", instrument);
			}
		}
		Set<String> objectives = reference.codeList("gcm").stream().map(CodeItem::code).collect(Collectors.toSet());
		for (Integer objective : details.gcmObjectives()) {
			if (!objectives.contains(String.valueOf(objective))) {
				throw RuleViolationException.invalid("library.error.unknownObjective", objective);
			}
		}
		String language = details.language() == null ? "" : details.language().trim().toLowerCase(Locale.ROOT);
		if (language.isEmpty() && extracted != null && extracted.language() != null) {
			language = extracted.language();
		}
		if (language.isEmpty() && self != null) {
			language = self.language();
		}
		if (!language.matches("[a-z]{2}")) {
			throw RuleViolationException.invalid("library.error.language");
		}
		if (details.sourceUrl() != null && !details.sourceUrl().isBlank()
				&& !details.sourceUrl().strip().matches("(?i)https?://\\S+")) {
			throw RuleViolationException.invalid("library.error.sourceUrl");
		}
		return new DocumentDetails(iso3, details.kind(), details.titleOriginal(), details.titleEnglish(), language,
				details.adoptedOn(), details.inForceOn(), details.status(), details.supersedesId(), details.areas(),
				details.gcmObjectives(), details.instruments(), details.summary(), details.sourceUrl(),
				details.visibility());
	}

	private Document visible(long id, Optional<CurrentUser> viewer) {
		return documents.findById(id)
			.filter(d -> d.visibility().visibleTo(d.country(), viewer))
			.orElseThrow(() -> NotFoundException.of("document", id));
	}

	private Document editable(long id, CurrentUser actor) {
		Document document = visible(id, Optional.of(actor));
		actor.requireCountry(document.country());
		return document;
	}

}
