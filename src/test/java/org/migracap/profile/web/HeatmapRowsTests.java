package org.migracap.profile.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migracap.assessment.AreaScore;
import org.migracap.platform.Confidentiality;
import org.migracap.reference.CountryView;
import org.migracap.reference.FocusArea;
import org.migracap.reference.IomStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The heatmap rows written in Java escape every text and keep the table's structure and colour bands. */
class HeatmapRowsTests {

	static CountryView country(String iso3, String name) {
		return new CountryView(iso3, iso3.substring(0, 2), "999", name, null, null, null, null, null, null, null, null,
				null, IomStatus.UNKNOWN, null);
	}

	static AreaScore score(String iso3, FocusArea area, double value) {
		return new AreaScore(iso3, area, value, 1, null, 0, 1L, 2025, Confidentiality.PUBLIC);
	}

	@Test
	void namesAreEscapedAndEveryAreaHasACellInItsBand() {
		CountryView odd = country("ZZZ", "<script>alert('x')</script> & \"Co\"");
		CapacityRow row = CapacityRow.of(odd, Map.of(FocusArea.A, score("ZZZ", FocusArea.A, 85),
				FocusArea.C, score("ZZZ", FocusArea.C, 19.6)), 52.3, 2025, Confidentiality.PUBLIC);

		String html = HeatmapRows.html(List.of(row), Locale.ENGLISH, "");

		assertThat(html).doesNotContain("<script>").doesNotContain("& \"")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
			.startsWith("<tr id=\"heat-ZZZ\"><th scope=\"row\" class=\"text-start\"><a href=\"/profiles/ZZZ\">")
			.contains("<td class=\"heat-4\">85</td><td class=\"heat-none\">—</td><td class=\"heat-0\">20</td>")
			.contains("<td class=\"fw-semibold heat-2\">52</td><td class=\"small\">2025</td></tr>");
		assertThat(html.split("<td class=\"heat-", -1)).hasSize(1 + FocusArea.values().length);
	}

	@Test
	void noRowsIsNoHtml() {
		assertThat(HeatmapRows.html(List.of(), Locale.FRENCH, "")).isEmpty();
	}

}
