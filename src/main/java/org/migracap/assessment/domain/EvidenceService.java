package org.migracap.assessment.domain;

import java.util.Optional;

import org.migracap.platform.CurrentUser;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.files.StoredFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to answers as evidence: kept in the database, limited in size, number and type (the type is
 * recognised from the content, see {@link org.migracap.platform.files.UploadPolicy}), readable by whoever may read the cycle, added and removed only while the cycle is
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
		StoredFile accepted = settings.evidencePolicy().accept(filename, content);
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
		EvidenceFile file = files.save(new EvidenceFile(response.id(), accepted, actor.username()));
		return new EvidenceFileView(file.id(), response.id(), accepted.fileName(), accepted.contentType(),
				accepted.size(), file.uploadedAt(), file.uploadedBy());
	}

	/** A file of a cycle the viewer may read. */
	@Transactional(readOnly = true)
	public StoredFile download(long cycleId, long fileId, Optional<CurrentUser> viewer) {
		cycleService.get(cycleId, viewer);
		return ofCycle(cycleId, fileId).file();
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

}
