package org.migracap.assessment.domain;

import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to answers as evidence: kept in the database, limited in size, number and type (the type is
 * recognised from the content, see {@link EvidenceTypes}), readable by whoever may read the cycle, added and removed only while the cycle is
 * being filled in.
 */
@Service
@EnableConfigurationProperties(AssessmentSettings.class)
public class EvidenceService {

	private final EvidenceFiles files;

	private final Responses responses;

	private final AssessmentCycles cycles;

	private final CycleService cycleService;

	private final AssessmentSettings settings;

	private final JdbcClient jdbc;

	EvidenceService(EvidenceFiles files, Responses responses, AssessmentCycles cycles, CycleService cycleService,
			AssessmentSettings settings, JdbcClient jdbc) {
		this.files = files;
		this.responses = responses;
		this.cycles = cycles;
		this.cycleService = cycleService;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	/** A file's content and what to call it. */
	public record Download(String filename, String contentType, byte[] content) {
	}

	public AssessmentSettings settings() {
		return settings;
	}

	/** Attaches a file to the answer to an indicator, creating an empty answer if there is none yet. */
	@Transactional
	public EvidenceFileView attach(long cycleId, String indicatorCode, String filename, byte[] content,
			CurrentUser actor) {
		CycleView cycle = cycleService.get(cycleId, Optional.of(actor));
		if (!actor.canEditCountry(cycle.iso3())) {
			throw new AccessDeniedException("Not allowed for country " + cycle.iso3());
		}
		if (!cycle.editable()) {
			throw RuleViolationException.conflict("assessment.cycle.error.notEditable", cycle.status().name());
		}
		if (content.length == 0) {
			throw RuleViolationException.invalid("assessment.evidence.error.empty");
		}
		if (content.length > settings.evidenceMaxSize().toBytes()) {
			throw RuleViolationException.invalid("assessment.evidence.error.tooLarge",
					settings.evidenceMaxSize().toMegabytes());
		}
		String type = EvidenceTypes.detect(content, filename);
		if (!settings.evidenceTypes().contains(type)) {
			throw RuleViolationException.invalid("assessment.evidence.error.type", type);
		}
		Response response = responses.findByCycleIdAndIndicatorCode(cycleId, indicatorCode).orElse(null);
		if (response == null) {
			if (cycleService.framework(cycle).indicator(indicatorCode).isEmpty()) {
				throw NotFoundException.of("indicator", indicatorCode);
			}
			response = responses.saveAndFlush(new Response(cycleId, indicatorCode, actor.username()));
		}
		int existing = jdbc.sql("select count(*) from assessment.evidence_file where response_id = :response")
			.param("response", response.id())
			.query(Integer.class)
			.single();
		if (existing >= settings.evidenceFilesPerAnswer()) {
			throw RuleViolationException.invalid("assessment.evidence.error.tooMany", settings.evidenceFilesPerAnswer());
		}
		EvidenceFile file = files.save(new EvidenceFile(response.id(), clean(filename), type, content,
				actor.username()));
		return new EvidenceFileView(file.id(), response.id(), file.filename(), file.contentType(), file.size(),
				file.uploadedAt(), file.uploadedBy());
	}

	/** A file of a cycle the viewer may read. */
	@Transactional(readOnly = true)
	public Download download(long cycleId, long fileId, Optional<CurrentUser> viewer) {
		cycleService.get(cycleId, viewer);
		EvidenceFile file = ofCycle(cycleId, fileId);
		return new Download(file.filename(), file.contentType(), file.content());
	}

	@Transactional
	public void remove(long cycleId, long fileId, CurrentUser actor) {
		CycleView cycle = cycleService.get(cycleId, Optional.of(actor));
		if (!actor.canEditCountry(cycle.iso3())) {
			throw new AccessDeniedException("Not allowed for country " + cycle.iso3());
		}
		if (!cycle.editable()) {
			throw RuleViolationException.conflict("assessment.cycle.error.notEditable", cycle.status().name());
		}
		files.delete(ofCycle(cycleId, fileId));
	}

	private EvidenceFile ofCycle(long cycleId, long fileId) {
		EvidenceFile file = files.findById(fileId).orElseThrow(() -> NotFoundException.of("file", fileId));
		Response response = responses.findById(file.responseId()).orElseThrow(() -> NotFoundException.of("file", fileId));
		if (response.cycleId() != cycleId) {
			throw NotFoundException.of("file", fileId);
		}
		return file;
	}

	static String clean(String filename) {
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "evidence";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}


}
