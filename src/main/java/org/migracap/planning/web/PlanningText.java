package org.migracap.planning.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.migracap.planning.domain.RunStore;
import org.migracap.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns stored run results into translated sentences: why a candidate is in or out, which constraints conflict, and
 * figures formatted for the reader's language.
 */
@Component
public class PlanningText {

	private final MessageSource messages;

	private final ReferenceApi reference;

	PlanningText(MessageSource messages, ReferenceApi reference) {
		this.messages = messages;
		this.reference = reference;
	}

	public String money(double value, Locale locale) {
		NumberFormat format = NumberFormat.getIntegerInstance(locale);
		return format.format(Math.round(value));
	}

	public String number(double value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		format.setMinimumFractionDigits(0);
		return format.format(value);
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The sentence for one candidate's explanation. */
	String reason(RunStore.ChoiceRow row, Locale locale) {
		List<String> a = row.reasonArgs();
		String loss = arg(a, 0).isEmpty() ? "" : number(Double.parseDouble(arg(a, 0)), locale);
		String cost = arg(a, 1).isEmpty() ? "" : money(Double.parseDouble(arg(a, 1)), locale);
		String weight = arg(a, 2).isEmpty() ? "" : number(Double.parseDouble(arg(a, 2)), locale);
		String related = arg(a, 3);
		String conflict = String.join("; ", conflicts(arg(a, 4).isEmpty() ? List.of() : List.of(arg(a, 4).split(";")), locale));
		String benefit = number(row.benefit(), locale);
		String sentence = switch (row.reasonKey()) {
			case "REQUIRED" -> text("planning.why.REQUIRED", locale);
			case "NEEDED" -> text("planning.why.NEEDED", locale, conflict);
			case "PREREQUISITE" -> text("planning.why.PREREQUISITE", locale, related, loss.isEmpty() ? "—" : loss);
			case "VALUE" -> text("planning.why.VALUE", locale, benefit, loss);
			case "INTERCHANGEABLE" -> text("planning.why.INTERCHANGEABLE", locale, benefit);
			case "EXCLUDED" -> text("planning.why.EXCLUDED", locale);
			case "ALTERNATIVE" -> text("planning.why.ALTERNATIVE", locale, related);
			case "DEPENDENCY" -> text("planning.why.DEPENDENCY", locale, related);
			case "COVERED" -> text("planning.why.COVERED", locale);
			case "CONFLICT" -> text("planning.why.CONFLICT", locale, conflict);
			case "COST" -> text("planning.why.COST", locale, benefit, cost.isEmpty() ? "—" : cost,
					weight.isEmpty() ? text("planning.why.noWeight", locale) : "×" + weight,
					loss.isEmpty() ? "—" : loss);
			case "NO_ENTRY" -> text("planning.why.NO_ENTRY", locale,
					weight.isEmpty() ? text("planning.why.noWeight", locale) : "×" + weight, loss.isEmpty() ? "—" : loss);
			default -> text("planning.why.NOT_EXPLAINED", locale);
		};
		return "ESTIMATE".equals(row.method()) ? sentence + " " + text("planning.why.estimate", locale) : sentence;
	}

	/** Conflict tokens ({@code budget:2027}, {@code cap:KEN}, ...) as sentences. */
	List<String> conflicts(List<String> tokens, Locale locale) {
		List<String> out = new ArrayList<>();
		for (String token : tokens) {
			int colon = token.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String kind = token.substring(0, colon);
			String value = token.substring(colon + 1);
			String shown = switch (kind) {
				case "cap", "absorb" -> reference.country(value).map(c -> c.name(locale)).orElse(value);
				case "floor" -> text("m49." + value, locale);
				case "dependency" -> value.replace(">", " → ");
				default -> value;
			};
			out.add(text("planning.conflict." + kind, locale, shown));
		}
		return out;
	}

	private static String arg(List<String> args, int index) {
		return index < args.size() ? args.get(index) : "";
	}

}
