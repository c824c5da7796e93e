package org.migracap.cooperation.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migracap.cooperation.ObjectiveView;
import org.migracap.platform.DataStamps;
import org.migracap.platform.StartupData;
import org.migracap.platform.TabularFile;
import org.migracap.reference.FocusArea;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of objectives States take a stance on, per focus area, shipped as {@code cooperation/objectives.csv}
 * (written for MigraCap in English, French and Spanish) and loaded at start-up. Objectives are added and updated,
 * never removed, so that stances keep their objective.
 */
@Service
public class ObjectiveCatalogue implements StartupData {

	static final String FILE = "cooperation/objectives.csv";

	private final JdbcClient jdbc;

	static final String STAMP = "cooperation.objectives";

	private final DataStamps stamps;

	ObjectiveCatalogue(JdbcClient jdbc, DataStamps stamps) {
		this.jdbc = jdbc;
		this.stamps = stamps;
	}

	@Override
	public String name() {
		return "cooperation-objectives";
	}

	@Override
	public int order() {
		return 320;
	}

	@Override
	public String version() {
		return StartupData.checksum(FILE);
	}

	@Override
	public void load() {
		TabularFile file;
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			file = TabularFile.read(FILE, in, "code", "area", "title_en", "title_fr", "title_es", "description_en",
					"description_fr", "description_es");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> seen = new HashSet<>();
		int order = 0;
		for (TabularFile.Line line : file.lines()) {
			String code = line.get("code");
			if (!seen.add(code) || !FocusArea.isCode(line.get("area"))) {
				throw new IllegalStateException(FILE + " line " + line.number() + ": duplicate code or unknown area");
			}
			order += 10;
			int updated = jdbc.sql("""
					update cooperation.objective set area = :area, sort_order = :sort, title_en = :ten, title_fr = :tfr,
					  title_es = :tes, description_en = :den, description_fr = :dfr, description_es = :des where code = :code""")
				.params(params(line, code, order))
				.update();
			if (updated == 0) {
				jdbc.sql("""
						insert into cooperation.objective (code, area, sort_order, title_en, title_fr, title_es, description_en,
						  description_fr, description_es) values (:code, :area, :sort, :ten, :tfr, :tes, :den, :dfr, :des)""")
					.params(params(line, code, order))
					.update();
			}
		}
		stamps.raise(STAMP);
	}

	private static Map<String, Object> params(TabularFile.Line line, String code, int order) {
		return Map.of("code", code, "area", FocusArea.of(line.get("area")).name(), "sort", order, "ten",
				line.get("title_en"), "tfr", line.get("title_fr"), "tes", line.get("title_es"), "den",
				line.get("description_en"), "dfr", line.get("description_fr"), "des", line.get("description_es"));
	}

	@Transactional(readOnly = true)
	public List<ObjectiveView> all() {
		return stamps.cached(STAMP, "all", () -> jdbc.sql("""
					select code, area, sort_order, title_en, title_fr, title_es, description_en, description_fr, description_es
					from cooperation.objective""")
				.query((rs, i) -> new ObjectiveView(rs.getString(1), FocusArea.of(rs.getString(2)), rs.getInt(3),
						Map.of("en", rs.getString(4), "fr", rs.getString(5), "es", rs.getString(6)),
						Map.of("en", rs.getString(7), "fr", rs.getString(8), "es", rs.getString(9))))
				.list()
				.stream()
				.sorted(Comparator.comparing((ObjectiveView o) -> o.area().ordinal()).thenComparing(ObjectiveView::sortOrder))
				.toList());
	}

	public Optional<ObjectiveView> get(String code) {
		return all().stream().filter(o -> o.code().equals(code)).findFirst();
	}

}
