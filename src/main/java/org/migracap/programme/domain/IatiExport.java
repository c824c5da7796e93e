package org.migracap.programme.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.migracap.platform.CurrentUser;
import org.migracap.programme.domain.ProgrammeViews.Detail;
import org.migracap.programme.domain.ProgrammeViews.IndicatorView;
import org.migracap.programme.domain.ProgrammeViews.PartnerView;
import org.migracap.programme.domain.ProgrammeViews.PeriodView;
import org.migracap.programme.domain.ProgrammeViews.YearTotal;
import org.migracap.reference.CountryView;
import org.migracap.reference.ReferenceApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes programmes as an IATI Standard 2.03 {@code iati-activities} file: identifier, reporting and participating
 * organisations, title, description and objectives, status and dates, recipient countries (shares split equally),
 * the DAC purpose code (vocabulary 1), SDG tags (goal 10, target 10.7), policy markers, ODA flow type, yearly
 * budgets, public documents and results with baselines, targets and actuals per period. Only the public parts of a
 * programme go in. Every file is checked against the official schema before it leaves.
 */
@Service
@Transactional(readOnly = true)
public class IatiExport {

	private final ProgrammeService programmes;

	private final ReferenceApi reference;

	private final ProgrammeSettings settings;

	IatiExport(ProgrammeService programmes, ReferenceApi reference, ProgrammeSettings settings) {
		this.programmes = programmes;
		this.reference = reference;
		this.settings = settings;
	}

	/** One programme: published ones for everybody, drafts for IOM staff (a preview). */
	public byte[] one(long id, Optional<CurrentUser> viewer) {
		Detail detail = programmes.detail(id, viewer);
		if (!detail.row().published() && !viewer.map(CurrentUser::isStaff).orElse(false)) {
			throw org.migracap.platform.NotFoundException.of("programme", id);
		}
		return write(List.of(publicPart(detail)));
	}

	/** Every published programme. */
	public byte[] published() {
		List<Detail> details = new ArrayList<>();
		for (ProgrammeViews.Row row : programmes.visibleRows(Optional.empty())) {
			details.add(programmes.detail(row.id(), Optional.empty()));
		}
		return write(details);
	}

	public String identifier(String code) {
		return settings.reportingOrgRef() + "-" + code;
	}

	private Detail publicPart(Detail d) {
		return new Detail(d.row(), d.version(), d.description(), d.goal(), d.actualStart(), d.actualEnd(), d.origin(),
				d.scenarioId(), d.odaEligible(), d.dacCode(), d.dacName(), d.markers(), d.currency(), d.partners(),
				d.logframe(), d.indicators(), d.budgetByYear(), null,
				d.documents().stream().filter(DocumentView::publicDocument).toList(), false, false, false);
	}

	byte[] write(List<Detail> details) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			Indenter w = new Indenter(xml);
			xml.writeStartDocument("UTF-8", "1.0");
			w.start("iati-activities");
			xml.writeAttribute("version", "2.03");
			xml.writeAttribute("generated-datetime", now());
			for (Detail d : details) {
				activity(w, d);
			}
			w.end();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		byte[] bytes = out.toByteArray();
		List<String> problems = IatiSchema.problems(bytes);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("IATI export does not validate: " + problems);
		}
		return bytes;
	}

	private void activity(Indenter w, Detail d) throws XMLStreamException {
		XMLStreamWriter xml = w.xml;
		w.start("iati-activity");
		xml.writeAttribute("last-updated-datetime", now());
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
		xml.writeAttribute("default-currency", d.currency());
		xml.writeAttribute("hierarchy", "1");
		w.text("iati-identifier", identifier(d.row().code()));
		w.start("reporting-org");
		xml.writeAttribute("ref", settings.reportingOrgRef());
		xml.writeAttribute("type", settings.reportingOrgType());
		w.text("narrative", settings.reportingOrgName());
		w.end();
		w.narrative("title", d.row().title(), Map.of());
		w.narrative("description", d.description(), Map.of("type", "1"));
		if (d.goal() != null) {
			w.narrative("description", d.goal(), Map.of("type", "2"));
		}
		List<PartnerView> partners = d.partners().isEmpty()
				? List.of(new PartnerView(0, settings.reportingOrgName(), settings.reportingOrgRef(),
						settings.reportingOrgType(), 2))
				: d.partners();
		for (PartnerView p : partners) {
			Map<String, String> attributes = new LinkedHashMap<>();
			if (p.ref() != null) {
				attributes.put("ref", p.ref());
			}
			if (p.orgType() != null) {
				attributes.put("type", p.orgType());
			}
			attributes.put("role", String.valueOf(p.role()));
			w.narrative("participating-org", p.name(), attributes);
		}
		w.empty("activity-status", Map.of("code", String.valueOf(d.row().status())));
		w.empty("activity-date", Map.of("type", "1", "iso-date", d.row().plannedStart().toString()));
		if (d.actualStart() != null) {
			w.empty("activity-date", Map.of("type", "2", "iso-date", d.actualStart().toString()));
		}
		w.empty("activity-date", Map.of("type", "3", "iso-date", d.row().plannedEnd().toString()));
		if (d.actualEnd() != null) {
			w.empty("activity-date", Map.of("type", "4", "iso-date", d.actualEnd().toString()));
		}
		List<String> countries = d.row().countries();
		List<BigDecimal> shares = shares(countries.size());
		for (int i = 0; i < countries.size(); i++) {
			String iso2 = reference.country(countries.get(i)).map(CountryView::iso2).orElse(countries.get(i));
			w.empty("recipient-country", ordered("code", iso2, "percentage", plain(shares.get(i))));
		}
		w.empty("sector", ordered("vocabulary", "1", "code", d.dacCode(), "percentage", "100"));
		w.narrative("tag", "Reduced inequalities", ordered("vocabulary", "2", "code", "10"));
		w.narrative("tag",
				"Facilitate orderly, safe, regular and responsible migration and mobility of people, including through "
						+ "the implementation of planned and well-managed migration policies",
				ordered("vocabulary", "3", "code", "10.7"));
		for (ProgrammeViews.Marker marker : d.markers()) {
			w.empty("policy-marker", ordered("vocabulary", "1", "code", marker.code(), "significance",
					String.valueOf(marker.significance())));
		}
		if (d.odaEligible()) {
			w.empty("default-flow-type", Map.of("code", "10"));
		}
		for (YearTotal year : d.budgetByYear()) {
			LocalDate start = LocalDate.of(year.year(), 1, 1);
			w.start("budget");
			xml.writeAttribute("type", "1");
			xml.writeAttribute("status", "1");
			w.empty("period-start", Map.of("iso-date", start.toString()));
			w.empty("period-end", Map.of("iso-date", LocalDate.of(year.year(), 12, 31).toString()));
			w.start("value");
			xml.writeAttribute("currency", d.currency());
			xml.writeAttribute("value-date", start.toString());
			xml.writeCharacters(year.total().setScale(2, RoundingMode.HALF_UP).toPlainString());
			xml.writeEndElement();
			w.closed();
			w.end();
		}
		for (DocumentView doc : d.documents()) {
			w.start("document-link");
			xml.writeAttribute("format", doc.contentType());
			xml.writeAttribute("url", settings.publicBaseUrl() + "/programmes/" + d.row().id() + "/documents/"
					+ doc.id());
			w.narrative("title", doc.title(), Map.of());
			w.empty("category", Map.of("code", doc.category()));
			w.end();
		}
		results(w, d);
		w.end();
	}

	private void results(Indenter w, Detail d) throws XMLStreamException {
		Map<String, List<IndicatorView>> groups = new LinkedHashMap<>();
		Map<String, Integer> types = new LinkedHashMap<>();
		for (IndicatorView indicator : d.indicators()) {
			String title = indicator.logframeText() == null ? (d.goal() == null ? d.row().title() : d.goal())
					: indicator.logframeText();
			groups.computeIfAbsent(title, k -> new ArrayList<>()).add(indicator);
			types.putIfAbsent(title, indicator.level() == null ? 2 : indicator.level().iatiResultType());
		}
		for (Map.Entry<String, List<IndicatorView>> group : groups.entrySet()) {
			w.start("result");
			w.xml.writeAttribute("type", String.valueOf(types.get(group.getKey())));
			w.narrative("title", group.getKey(), Map.of());
			for (IndicatorView indicator : group.getValue()) {
				w.start("indicator");
				w.xml.writeAttribute("measure", String.valueOf(indicator.measure()));
				w.xml.writeAttribute("ascending", indicator.ascending() ? "1" : "0");
				w.narrative("title", indicator.title(), Map.of());
				if (indicator.assessmentIndicator() != null) {
					w.empty("reference", ordered("vocabulary", "99", "code", indicator.assessmentIndicator()));
				}
				w.empty("baseline", ordered("year", String.valueOf(indicator.baselineYear()), "value",
						plain(indicator.baselineValue())));
				for (PeriodView period : indicator.periods()) {
					w.start("period");
					w.empty("period-start", Map.of("iso-date", period.start().toString()));
					w.empty("period-end", Map.of("iso-date", period.end().toString()));
					w.empty("target", Map.of("value", plain(period.target())));
					if (period.actual() != null) {
						w.empty("actual", Map.of("value", plain(period.actual())));
					}
					w.end();
				}
				w.end();
			}
			w.end();
		}
	}

	/** Equal shares of 100 with two decimals, the remainder on the last. */
	static List<BigDecimal> shares(int n) {
		List<BigDecimal> shares = new ArrayList<>();
		BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
		for (int i = 0; i < n - 1; i++) {
			shares.add(each);
		}
		shares.add(BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(n - 1))));
		return shares;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	/** Writes elements with two-space indentation, so that the file reads well. */
	private static final class Indenter {

		final XMLStreamWriter xml;

		int depth;

		Indenter(XMLStreamWriter xml) {
			this.xml = xml;
		}

		void start(String name) throws XMLStreamException {
			xml.writeCharacters("\n" + "  ".repeat(depth));
			xml.writeStartElement(name);
			depth++;
		}

		void end() throws XMLStreamException {
			depth--;
			xml.writeCharacters("\n" + "  ".repeat(depth));
			xml.writeEndElement();
		}

		/** Closes an element whose content was written inline (no newline before the end tag). */
		void closed() {
			depth--;
		}

		void empty(String name, Map<String, String> attributes) throws XMLStreamException {
			xml.writeCharacters("\n" + "  ".repeat(depth));
			xml.writeEmptyElement(name);
			for (Map.Entry<String, String> a : attributes.entrySet()) {
				xml.writeAttribute(a.getKey(), a.getValue());
			}
		}

		void text(String name, String text) throws XMLStreamException {
			xml.writeCharacters("\n" + "  ".repeat(depth));
			xml.writeStartElement(name);
			xml.writeCharacters(text);
			xml.writeEndElement();
		}

		void narrative(String name, String text, Map<String, String> attributes) throws XMLStreamException {
			start(name);
			for (Map.Entry<String, String> a : attributes.entrySet()) {
				xml.writeAttribute(a.getKey(), a.getValue());
			}
			text("narrative", text);
			end();
		}

	}

}
