package org.migracap.profile.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * The body rows of the comparison heatmap as HTML. A template spent about three quarters of the page's processor time
 * on these few thousand cells (docs/benchmarks.md, assessment section); they are plain, so they are written here,
 * every text escaped, and the template inserts them. Links start with the application's context path.
 */
final class HeatmapRows {

	private HeatmapRows() {
	}

	static String html(List<CapacityRow> rows, Locale locale, String contextPath) {
		StringBuilder html = new StringBuilder(rows.size() * 520);
		for (CapacityRow row : rows) {
			String iso3 = escape(row.country().iso3());
			html.append("<tr id=\"heat-").append(iso3).append("\"><th scope=\"row\" class=\"text-start\"><a href=\"")
				.append(escape(contextPath))
				.append("/profiles/")
				.append(iso3)
				.append("\">")
				.append(escape(row.country().name(locale)))
				.append("</a></th>");
			for (CapacityRow.Cell cell : row.cells()) {
				cell(html, "", cell);
			}
			cell(html, "fw-semibold ", row.meanCell());
			html.append("<td class=\"small\">").append(row.year()).append("</td></tr>\n");
		}
		return html.toString();
	}

	/** Escapes the five characters that matter in HTML text and attributes; the page is UTF-8, so nothing else. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static void cell(StringBuilder html, String classes, CapacityRow.Cell cell) {
		html.append("<td class=\"")
			.append(classes)
			.append(escape(cell.band()))
			.append("\">")
			.append(escape(cell.text()))
			.append("</td>");
	}

}
