package org.migracap.planning.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.migracap.identity.IdentityApi;
import org.migracap.platform.ConcurrentEditException;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.StartupData;
import org.migracap.platform.TabularFile;
import org.migracap.reference.FocusArea;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intervention catalogue: loaded from the shipped data file (new codes only, so that coordinators' edits are
 * kept), listed, and edited by coordinators.
 */
@Service
public class CatalogueService implements StartupData {

	static final String FILE = "planning/catalogue.csv";

	private final CatalogueActions actions;

	private final IdentityApi identity;

	CatalogueService(CatalogueActions actions, IdentityApi identity) {
		this.actions = actions;
		this.identity = identity;
	}

	@Override
	public String name() {
		return "planning-catalogue";
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public String version() {
		return StartupData.checksum(FILE);
	}

	@Override
	@Transactional
	public void load() {
		for (CatalogueEntry entry : readFile()) {
			if (!actions.existsByCode(entry.code())) {
				actions.save(new CatalogueAction(entry, "file"));
			}
		}
	}

	static List<CatalogueEntry> readFile() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			TabularFile file = TabularFile.readCsv(FILE, in);
			List<CatalogueEntry> out = new ArrayList<>();
			for (TabularFile.Line line : file.lines()) {
				out.add(new CatalogueEntry(0, 0, line.get("code"), line.get("kind"),
						Integer.parseInt(line.get("dimension")), line.get("areas"),
						Integer.parseInt(line.get("from_level")), Integer.parseInt(line.get("to_level")),
						line.get("name_en"), line.get("name_fr"), line.get("name_es"),
						Double.parseDouble(line.get("one_off_min")), Double.parseDouble(line.get("one_off_max")),
						Double.parseDouble(line.get("recurrent_min")), Double.parseDouble(line.get("recurrent_max")),
						Integer.parseInt(line.get("duration_years")), Double.parseDouble(line.get("uplift")),
						Boolean.parseBoolean(line.get("joint")), "file"));
			}
			return out;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional(readOnly = true)
	public List<CatalogueEntry> all() {
		return actions.findAllByOrderByDimensionAscFromLevelAscCodeAsc().stream().map(CatalogueAction::entry).toList();
	}

	@Transactional(readOnly = true)
	public CatalogueEntry get(long id) {
		return actions.findById(id).map(CatalogueAction::entry).orElseThrow(() -> NotFoundException.of("catalogue action", id));
	}

	/** The actions that lift indicator {@code area}{@code dimension} from {@code level}. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> matching(FocusArea area, int dimension, int level) {
		return all().stream()
			.filter(e -> e.dimension() == dimension && e.appliesTo(area) && e.coversLevel(level))
			.toList();
	}

	@Transactional
	public CatalogueEntry create(CatalogueEntry entry) {
		check(entry);
		if (actions.existsByCode(entry.code().trim().toUpperCase(Locale.ROOT))) {
			throw RuleViolationException.conflict("planning.error.codeTaken", entry.code());
		}
		return actions.save(new CatalogueAction(normalise(entry), "edited")).entry();
	}

	@Transactional
	public CatalogueEntry update(long id, long version, CatalogueEntry entry) {
		CatalogueAction action = actions.findById(id).orElseThrow(() -> NotFoundException.of("catalogue action", id));
		ConcurrentEditException.check(CatalogueAction.class, id, "catalogue action", id, version, action.version());
		check(entry);
		CatalogueEntry normalised = normalise(entry);
		if (!normalised.code().equals(action.code()) && actions.existsByCode(normalised.code())) {
			throw RuleViolationException.conflict("planning.error.codeTaken", normalised.code());
		}
		action.apply(normalised);
		action.edited();
		return actions.saveAndFlush(action).entry();
	}

	private static CatalogueEntry normalise(CatalogueEntry e) {
		return new CatalogueEntry(e.id(), e.version(), e.code().trim().toUpperCase(Locale.ROOT),
				e.kind().trim().toUpperCase(Locale.ROOT), e.dimension(), e.areas().trim().toUpperCase(Locale.ROOT),
				e.fromLevel(), e.toLevel(), e.nameEn().trim(), e.nameFr().trim(), e.nameEs().trim(), e.oneOffMin(),
				e.oneOffMax(), e.recurrentMin(), e.recurrentMax(), e.durationYears(), e.uplift(), e.joint(), e.source());
	}

	static void check(CatalogueEntry e) {
		if (e.fromLevel() < 1 || e.toLevel() > 5 || e.fromLevel() >= e.toLevel()) {
			throw RuleViolationException.invalid("planning.error.levelStep");
		}
		if (e.oneOffMin() < 0 || e.oneOffMax() < e.oneOffMin() || e.recurrentMin() < 0
				|| e.recurrentMax() < e.recurrentMin()) {
			throw RuleViolationException.invalid("planning.error.costRange");
		}
		if (!e.areas().trim().equals("*")) {
			for (String code : e.areas().split(";")) {
				if (!FocusArea.isCode(code)) {
					throw RuleViolationException.invalid("planning.error.areas", e.areas());
				}
			}
		}
	}

}
