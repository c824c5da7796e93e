package org.migracap.workshop.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Text;
import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;

/**
 * A new ballot. Options are either the focus areas (the workshop's themes, or all areas) or lines typed in each
 * working language (line n of each language is option n).
 */
public class BallotForm {

	@NotNull
	private BallotKind kind = BallotKind.RANKED;

	@Valid
	private TextsForm title = new TextsForm();

	@Valid
	private TextsForm question = new TextsForm();

	private boolean secret = true;

	@Min(1)
	@Max(20)
	private @Nullable Integer maxApprovals;

	private boolean areaOptions = true;

	@Valid
	private TextsForm options = new TextsForm();

	BallotService.BallotCommand toCommand() {
		List<String> en = lines(options.getEn());
		List<String> fr = lines(options.getFr());
		List<String> es = lines(options.getEs());
		int n = Math.max(en.size(), Math.max(fr.size(), es.size()));
		List<Text> labels = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			labels.add(Text.of(at(en, i), at(fr, i), at(es, i)));
		}
		return new BallotService.BallotCommand(kind, title.toTexts(), question.toTexts(), secret, maxApprovals,
				areaOptions, labels);
	}

	private static List<String> lines(@Nullable String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) {
				lines.add(line.strip());
			}
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	private static @Nullable String at(List<String> lines, int i) {
		return i < lines.size() && !lines.get(i).isEmpty() ? lines.get(i) : null;
	}

	public BallotKind getKind() {
		return kind;
	}

	public void setKind(BallotKind kind) {
		this.kind = kind;
	}

	public TextsForm getTitle() {
		return title;
	}

	public void setTitle(TextsForm title) {
		this.title = title;
	}

	public TextsForm getQuestion() {
		return question;
	}

	public void setQuestion(TextsForm question) {
		this.question = question;
	}

	public boolean isSecret() {
		return secret;
	}

	public void setSecret(boolean secret) {
		this.secret = secret;
	}

	public @Nullable Integer getMaxApprovals() {
		return maxApprovals;
	}

	public void setMaxApprovals(@Nullable Integer maxApprovals) {
		this.maxApprovals = maxApprovals;
	}

	public boolean isAreaOptions() {
		return areaOptions;
	}

	public void setAreaOptions(boolean areaOptions) {
		this.areaOptions = areaOptions;
	}

	public TextsForm getOptions() {
		return options;
	}

	public void setOptions(TextsForm options) {
		this.options = options;
	}

}
