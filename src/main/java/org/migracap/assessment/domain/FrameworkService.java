package org.migracap.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.ImportFailedException;
import org.migracap.platform.ImportProblem;
import org.migracap.platform.ImportReport;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.ReferenceApi;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Framework versions: import from a file (as a draft), edit drafts, publish (after which a version never changes),
 * derive a new version, retire, export. Published versions are cached, since they cannot change.
 */
@Service
public class FrameworkService {

	/** The MigraCap core framework: ten focus areas x six capacity dimensions. */
	public static final String CORE = "MIGRACAP_CORE";

	/** SDG indicator 10.7.2: six policy domains and all domains combined, categories 1-4. */
	public static final String SDG = "SDG_10_7_2";

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
			.withContentInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private final Frameworks frameworks;

	private final ReferenceApi reference;

	/** Views of published and retired versions by (id, row version): the row version is the database stamp. */
	private final Cache cache;

	FrameworkService(Frameworks frameworks, ReferenceApi reference, CacheManager caches) {
		this.frameworks = frameworks;
		this.reference = reference;
		this.cache = Objects.requireNonNull(caches.getCache("assessment.frameworks"));
	}

	private record CacheKey(long id, long version) {
	}

	@Transactional(readOnly = true)
	public List<FrameworkView> all() {
		return frameworks.findAllByOrderByCodeAscFrameworkVersionDesc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public FrameworkView get(long id) {
		long version = frameworks.versionOf(id).orElseThrow(() -> NotFoundException.of("framework", id));
		FrameworkView cached = cache.get(new CacheKey(id, version), FrameworkView.class);
		if (cached != null) {
			return cached;
		}
		return view(frameworks.findById(id).orElseThrow(() -> NotFoundException.of("framework", id)));
	}

	/** The latest published (not retired) version of a framework. */
	@Transactional(readOnly = true)
	public Optional<FrameworkView> currentPublished(String code) {
		return frameworks.currentPublishedId(code).map(this::get);
	}

	/** The current published version of the MigraCap core framework. */
	@Transactional(readOnly = true)
	public FrameworkView currentCore() {
		return currentPublished(CORE).orElseThrow(() -> NotFoundException.of("framework", CORE));
	}

	/** Checks a document; the problems name the place in the document (column) and what is wrong. */
	public List<ImportProblem> check(FrameworkDocument document) {
		return FrameworkRules.check(document,
				code -> reference.codeItem("iati-Sector", code).isPresent());
	}

	/** Reads a framework file (JSON); problems of syntax carry the line number. */
	public FrameworkDocument read(String filename, InputStream in) {
		try {
			return JSON.readValue(in, FrameworkDocument.class);
		}
		catch (JacksonException ex) {
			long line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
			String message = ex.getOriginalMessage() == null ? ex.getClass().getSimpleName() : ex.getOriginalMessage();
			throw new ImportFailedException(ImportReport.failure(filename, 0,
					List.of(ImportProblem.of(line, "json", "assessment.framework.problem.json", message))));
		}
	}

	public byte[] write(FrameworkDocument document) {
		return JSON.writeValueAsBytes(document);
	}

	/**
	 * Imports a framework file as a new draft. The version in the file is kept unless that version of the code
	 * exists, in which case the draft becomes the next version.
	 */
	@Transactional
	public FrameworkView importFile(String filename, InputStream in, String actor) throws IOException {
		FrameworkDocument document = read(filename, in);
		List<ImportProblem> problems = check(document);
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(filename, document.areas().size(), problems));
		}
		int version = frameworks.findByCodeAndFrameworkVersion(document.code(), document.version()).isPresent()
				? frameworks.maxVersion(document.code()) + 1 : document.version();
		return view(frameworks.save(new Framework(document, version, actor)));
	}

	/** Loads a shipped framework and publishes it, unless that version exists already (then it is left alone). */
	@Transactional
	public FrameworkView loadShipped(FrameworkDocument document, String actor) {
		Optional<Framework> existing = frameworks.findByCodeAndFrameworkVersion(document.code(), document.version());
		if (existing.isPresent()) {
			return view(existing.get());
		}
		List<ImportProblem> problems = check(document);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Shipped framework " + document.code() + " v" + document.version()
					+ " is not valid: " + problems);
		}
		Framework framework = new Framework(document, document.version(), actor);
		framework.publish(actor);
		return view(frameworks.save(framework));
	}

	/** Replaces the content of a draft (code and version stay). */
	@Transactional
	public FrameworkView updateDraft(long id, long version, FrameworkDocument document) {
		Framework framework = load(id);
		ConcurrentEditException.check("framework", id, version, framework.version());
		framework.requireDraft();
		FrameworkDocument kept = new FrameworkDocument(framework.code(), framework.frameworkVersion(),
				document.scale(), document.core(), document.title(), document.description(), document.areas());
		List<ImportProblem> problems = check(kept);
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(framework.code(), 0, problems));
		}
		framework.clearAreas();
		frameworks.flush();
		framework.replaceContent(kept);
		return view(frameworks.saveAndFlush(framework));
	}

	/** Changes the title and description of a draft. */
	@Transactional
	public FrameworkView describeDraft(long id, long version, Text title, @Nullable Text description) {
		Framework framework = load(id);
		ConcurrentEditException.check("framework", id, version, framework.version());
		framework.describe(title, description);
		List<ImportProblem> problems = check(framework.toDocument());
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(framework.code(), 0, problems));
		}
		return view(frameworks.saveAndFlush(framework));
	}

	/**
	 * Replaces one indicator of a draft (the rest of the framework stays as it is). Any problem of the resulting
	 * framework is reported and nothing is saved.
	 */
	@Transactional
	public FrameworkView updateIndicator(long id, long version, FrameworkDocument.Indicator indicator) {
		Framework framework = load(id);
		ConcurrentEditException.check("framework", id, version, framework.version());
		framework.requireDraft();
		FrameworkDocument before = framework.toDocument();
		List<FrameworkDocument.Area> areas = before.areas()
			.stream()
			.map(area -> new FrameworkDocument.Area(area.code(), area.focusArea(), area.title(), area.description(),
					area.indicators().stream().map(i -> i.code().equals(indicator.code()) ? indicator : i).toList()))
			.toList();
		List<ImportProblem> problems = check(new FrameworkDocument(before.code(), before.version(), before.scale(),
				before.core(), before.title(), before.description(), areas));
		if (!problems.isEmpty()) {
			throw new ImportFailedException(ImportReport.failure(indicator.code(), 1, problems));
		}
		framework.replaceIndicator(indicator);
		frameworks.lockForceIncrement(framework);
		return view(frameworks.saveAndFlush(framework));
	}

	@Transactional
	public FrameworkView publish(long id, long version, String actor) {
		Framework framework = load(id);
		ConcurrentEditException.check("framework", id, version, framework.version());
		List<ImportProblem> problems = check(framework.toDocument());
		if (!problems.isEmpty()) {
			throw RuleViolationException.invalid("assessment.framework.error.notPublishable", problems.size());
		}
		framework.publish(actor);
		return view(frameworks.saveAndFlush(framework));
	}

	/** A new draft version with the content of an existing version, indicator codes unchanged. */
	@Transactional
	public FrameworkView newVersion(long id, String actor) {
		Framework source = load(id);
		if (source.status() == FrameworkStatus.DRAFT) {
			throw RuleViolationException.conflict("assessment.framework.error.draftExists", source.code(),
					source.frameworkVersion());
		}
		boolean draftExists = frameworks.findAllByOrderByCodeAscFrameworkVersionDesc()
			.stream()
			.anyMatch(f -> f.code().equals(source.code()) && f.status() == FrameworkStatus.DRAFT);
		if (draftExists) {
			throw RuleViolationException.conflict("assessment.framework.error.draftExists", source.code(),
					frameworks.maxVersion(source.code()));
		}
		int next = frameworks.maxVersion(source.code()) + 1;
		FrameworkDocument document = source.toDocument();
		return view(frameworks.save(new Framework(new FrameworkDocument(document.code(), next, document.scale(),
				document.core(), document.title(), document.description(), document.areas()), next, actor)));
	}

	@Transactional
	public FrameworkView retire(long id, long version) {
		Framework framework = load(id);
		ConcurrentEditException.check("framework", id, version, framework.version());
		framework.retire();
		return view(frameworks.saveAndFlush(framework));
	}

	@Transactional
	public void deleteDraft(long id, long version) {
		Framework framework = load(id);
		ConcurrentEditException.check("framework", id, version, framework.version());
		framework.requireDraft();
		frameworks.delete(framework);
	}

	private Framework load(long id) {
		return frameworks.findById(id).orElseThrow(() -> NotFoundException.of("framework", id));
	}

	private FrameworkView view(Framework framework) {
		CacheKey key = new CacheKey(framework.id(), framework.version());
		FrameworkView cached = cache.get(key, FrameworkView.class);
		if (cached != null) {
			return cached;
		}
		FrameworkView view = new FrameworkView(framework.id(), framework.version(), framework.status(),
				framework.createdAt(), framework.createdBy(), framework.publishedAt(), framework.toDocument());
		if (framework.status() != FrameworkStatus.DRAFT) {
			cache.put(key, view);
		}
		return view;
	}

}
