package org.migracap.mobility.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.migracap.mobility.domain.Measure;
import org.migracap.mobility.domain.MigrationQueries;
import org.migracap.mobility.domain.MigrationQueries.Corridor;
import org.migracap.mobility.domain.MigrationQueries.ExclusionView;
import org.migracap.mobility.domain.MigrationQueries.RegionFlow;
import org.migracap.mobility.domain.MigrationQueries.Selection;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * World and regional totals and the largest corridors of a data set, for the corridor explorer's first page.
 */
@Component
class WorldViews {

	private final MigrationQueries data;

	private final CorridorViews corridors;

	private final Centroids centroids;

	private final MessageSource messages;

	WorldViews(MigrationQueries data, CorridorViews corridors, Centroids centroids, MessageSource messages) {
		this.data = data;
		this.corridors = corridors;
		this.centroids = centroids;
		this.messages = messages;
	}

	public record NamedCorridor(String originIso3, String originName, String destinationIso3, String destinationName,
			double amount, double share) {
	}

	public record RegionRow(String fromCode, String toCode, double amount, double share) {
	}

	public record World(Selection selection, List<Measure> measures, List<String> sources, List<Integer> years,
			double total, double excluded, List<ExclusionView> exclusions, List<RegionRow> regions,
			List<RegionTotal> regionTotals, String regionSankey, List<NamedCorridor> top, String flowMap,
			int notDrawn) {
	}

	public record RegionTotal(String code, double emigrants, double immigrants) {
	}

	Optional<World> world(@Nullable String source, @Nullable Measure measure, @Nullable Integer year, int top,
			Locale locale) {
		Measure m = measure == null || !measure.bilateral() ? Measure.MIGRANT_STOCK : measure;
		Optional<Selection> chosen = data.select(source, m, year);
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		Selection selection = chosen.get();
		List<Corridor> matrix = data.matrix(selection);
		double total = matrix.stream().mapToDouble(Corridor::amount).sum();
		List<ExclusionView> exclusions = data.exclusions(selection.source(), m, selection.year());
		double excluded = exclusions.stream().mapToDouble(ExclusionView::total).sum();
		List<RegionFlow> flows = data.regionMatrix(selection);
		List<RegionRow> regions = flows.stream()
			.filter(f -> !f.fromRegion().isEmpty() && !f.toRegion().isEmpty())
			.map(f -> new RegionRow(f.fromRegion(), f.toRegion(), f.amount(), total == 0 ? 0 : f.amount() / total))
			.toList();
		List<RegionTotal> totals = new ArrayList<>();
		for (String code : List.of("002", "019", "142", "150", "009")) {
			double out = flows.stream().filter(f -> f.fromRegion().equals(code)).mapToDouble(RegionFlow::amount).sum();
			double in = flows.stream().filter(f -> f.toRegion().equals(code)).mapToDouble(RegionFlow::amount).sum();
			totals.add(new RegionTotal(code, out, in));
		}
		List<Charts.Node> nodes = new ArrayList<>();
		List<Charts.Link> links = new ArrayList<>();
		for (RegionTotal region : totals) {
			String name = text("m49." + region.code(), locale);
			nodes.add(new Charts.Node(name + " →"));
			nodes.add(new Charts.Node("→ " + name));
		}
		for (RegionRow row : regions) {
			links.add(new Charts.Link(text("m49." + row.fromCode(), locale) + " →",
					"→ " + text("m49." + row.toCode(), locale), Math.round(row.amount())));
		}
		List<NamedCorridor> largest = matrix.stream()
			.filter(c -> !c.originIso3().equals(c.destinationIso3()))
			.limit(top)
			.map(c -> new NamedCorridor(c.originIso3(), corridors.name(c.originIso3(), locale), c.destinationIso3(),
					corridors.name(c.destinationIso3(), locale), c.amount(), total == 0 ? 0 : c.amount() / total))
			.toList();
		List<Charts.Line> lines = new ArrayList<>();
		int notDrawn = 0;
		for (NamedCorridor c : largest) {
			Optional<double[]> from = centroids.of(c.originIso3());
			Optional<double[]> to = centroids.of(c.destinationIso3());
			if (from.isPresent() && to.isPresent()) {
				lines.add(new Charts.Line(c.originName(), c.destinationName(), from.get(), to.get(), c.amount()));
			}
			else {
				notDrawn++;
			}
		}
		return Optional.of(new World(selection, Measure.bilateralMeasures()
			.stream()
			.filter(x -> !data.sourcesOf(x).isEmpty())
			.toList(), data.sourcesOf(m).stream().map(MigrationQueries.SourceInfo::code).toList(),
				data.years(selection.source(), m), total, excluded, exclusions, regions, totals,
				Charts.sankey(nodes, links), largest, Charts.flowMap(lines, text(m.messageKey(), locale)), notDrawn));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
