package org.migracap.workshop.web;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.ETags;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.platform.Text;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ballots over the API, as the ballot pages run them: managers create a ballot, change its options while it is a
 * draft, open and close it (ETag / If-Match on the ballot); a participant or focal point with a confirmed
 * registration casts a typed vote (ranks, approvals or pairwise judgments, by the ballot's kind). Results: {@code GET
 * .../results} in {@link WorkshopApiController}.
 */
@RestController
@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
class WorkshopBallotApiController {

	private final BallotService ballots;

	private final MessageSource messages;

	WorkshopBallotApiController(BallotService ballots, MessageSource messages) {
		this.ballots = ballots;
		this.messages = messages;
	}

	@GetMapping("/api/workshops/{workshopId}/ballots")
	@Access
	List<BallotService.BallotView> list(@PathVariable long workshopId, Locale locale) {
		return ballots.list(workshopId, CurrentUser.current(), locale);
	}

	@GetMapping("/api/workshops/{workshopId}/ballots/{ballotId}")
	@Access
	ResponseEntity<BallotService.BallotView> ballot(@PathVariable long workshopId, @PathVariable long ballotId,
			Locale locale) {
		BallotService.BallotView view = ballots.ballot(workshopId, ballotId, CurrentUser.current(), locale);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@Schema(description = "A new ballot (a draft). Options: the focus areas ('areaOptions': the workshop's themes, or "
			+ "all areas) and/or labels given in 'options'. 'maxApprovals' only for APPROVAL ballots. A secret "
			+ "ballot (the default) keeps no link between voter and vote, and a vote cannot be changed.",
			example = "{\"kind\": \"RANKED\", \"title\": {\"en\": \"Priorities for 2027\", \"fr\": \"Priorités pour 2027\"},"
					+ " \"question\": {\"en\": \"Rank the areas by urgency.\", \"fr\": \"Classez les domaines par urgence.\"},"
					+ " \"secret\": true, \"areaOptions\": false, \"options\": [{\"en\": \"Skills recognition\","
					+ " \"fr\": \"Reconnaissance des compétences\"}, {\"en\": \"Fair recruitment\", \"fr\": \"Recrutement équitable\"}]}")
	record BallotBody(@NotNull BallotKind kind, @NotNull @Valid ShortTextBody title,
			@Nullable @Valid LongTextBody question, @Nullable Boolean secret,
			@Nullable @Min(1) @Max(20) Integer maxApprovals, @Nullable Boolean areaOptions,
			@Nullable @Size(max = BallotService.MAX_OPTIONS) List<@NotNull @Valid ShortTextBody> options) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/ballots", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BallotService.BallotView> create(@PathVariable long workshopId, @Valid @RequestBody BallotBody body,
			Locale locale) {
		CurrentUser user = CurrentUser.required();
		List<Text> labels = body.options() == null ? List.of()
				: body.options().stream().map(ShortTextBody::toTexts).toList();
		long id = ballots.create(workshopId, new BallotService.BallotCommand(body.kind(), body.title().toTexts(),
				LongTextBody.of(body.question()), !Boolean.FALSE.equals(body.secret()),
				body.maxApprovals(), Boolean.TRUE.equals(body.areaOptions()), labels), user);
		BallotService.BallotView view = ballots.ballot(workshopId, id, Optional.of(user), locale);
		return ResponseEntity.created(URI.create("/api/workshops/" + workshopId + "/ballots/" + id))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@Schema(description = "An option to add to a draft ballot: a label in the working languages, or a focus area "
			+ "(labelled with the area's name when no label is given).",
			example = "{\"label\": {\"en\": \"Return and reintegration\", \"fr\": \"Retour et réintégration\"}}")
	record OptionBody(@Nullable @Valid ShortTextBody label, @Nullable FocusArea area) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/ballots/{ballotId}/options",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BallotService.BallotView> addOption(@PathVariable long workshopId, @PathVariable long ballotId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody OptionBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		check(workshopId, ballotId, ifMatch, user, locale);
		ballots.addOption(workshopId, ballotId, ShortTextBody.of(body.label()), body.area(), user);
		return answer(workshopId, ballotId, user, locale, HttpStatus.CREATED);
	}

	@DeleteMapping("/api/workshops/{workshopId}/ballots/{ballotId}/options/{optionId}")
	ResponseEntity<BallotService.BallotView> removeOption(@PathVariable long workshopId, @PathVariable long ballotId,
			@PathVariable long optionId, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			Locale locale) {
		CurrentUser user = CurrentUser.required();
		check(workshopId, ballotId, ifMatch, user, locale);
		ballots.removeOption(workshopId, ballotId, optionId, user);
		return answer(workshopId, ballotId, user, locale, HttpStatus.OK);
	}

	@PostMapping("/api/workshops/{workshopId}/ballots/{ballotId}/open")
	ResponseEntity<BallotService.BallotView> open(@PathVariable long workshopId, @PathVariable long ballotId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, Locale locale) {
		CurrentUser user = CurrentUser.required();
		check(workshopId, ballotId, ifMatch, user, locale);
		ballots.open(workshopId, ballotId, user);
		return answer(workshopId, ballotId, user, locale, HttpStatus.OK);
	}

	@PostMapping("/api/workshops/{workshopId}/ballots/{ballotId}/close")
	ResponseEntity<BallotService.BallotView> close(@PathVariable long workshopId, @PathVariable long ballotId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, Locale locale) {
		CurrentUser user = CurrentUser.required();
		check(workshopId, ballotId, ifMatch, user, locale);
		ballots.close(workshopId, ballotId, user);
		return answer(workshopId, ballotId, user, locale, HttpStatus.OK);
	}

	@DeleteMapping("/api/workshops/{workshopId}/ballots/{ballotId}")
	ResponseEntity<Void> delete(@PathVariable long workshopId, @PathVariable long ballotId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, Locale locale) {
		CurrentUser user = CurrentUser.required();
		check(workshopId, ballotId, ifMatch, user, locale);
		ballots.delete(workshopId, ballotId, user);
		return ResponseEntity.noContent().build();
	}

	@Schema(description = "The rank given to one option: 1 is first; equal ranks are ties; options not listed are unranked.",
			example = "{\"option\": 101, \"rank\": 1}")
	record RankBody(@NotNull @Min(1) Long option, @NotNull @Min(1) @Max(BallotService.MAX_OPTIONS) Integer rank) {
	}

	@Schema(description = "A pairwise judgment on Saaty's scale as a signed step: 1 equal, 2 to 9 'first' more "
			+ "important than 'second', -2 to -9 'second' more important.",
			example = "{\"first\": 101, \"second\": 102, \"step\": 3}")
	record JudgmentBody(@NotNull @Min(1) Long first, @NotNull @Min(1) Long second,
			@NotNull @Min(-9) @Max(9) Integer step) {
	}

	@Schema(description = "A vote, by the ballot's kind: RANKED 'ranks' (at least one option), APPROVAL 'approvals' "
			+ "(option ids, at most the ballot's maximum), PAIRWISE 'judgments' (every pair of options once; "
			+ "'acceptInconsistent' records judgments whose consistency ratio is above 0.10, otherwise they are "
			+ "answered 422 with the pair to revise).",
			example = "{\"ranks\": [{\"option\": 101, \"rank\": 1}, {\"option\": 102, \"rank\": 2}]}")
	record VoteBody(@Nullable @Size(max = BallotService.MAX_OPTIONS) List<@NotNull @Valid RankBody> ranks,
			@Nullable @Size(max = BallotService.MAX_OPTIONS) List<@NotNull @Min(1) Long> approvals,
			@Nullable @Size(max = 190) List<@NotNull @Valid JudgmentBody> judgments,
			@Nullable Boolean acceptInconsistent) {
	}

	@Schema(description = "A vote recorded: whether it replaced the caller's earlier vote (open ballots only) and, "
			+ "for pairwise ballots, its consistency ratio.")
	record VoteJson(long ballotId, boolean replaced, @Nullable Double consistencyRatio) {
	}

	@PostMapping(path = "/api/workshops/{workshopId}/ballots/{ballotId}/votes",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	ResponseEntity<?> vote(@PathVariable long workshopId, @PathVariable long ballotId,
			@Valid @RequestBody VoteBody body, Locale locale) {
		CurrentUser user = CurrentUser.required();
		BallotService.BallotView ballot = ballots.ballot(workshopId, ballotId, Optional.of(user), locale);
		BallotService.VoteOutcome outcome;
		try {
			outcome = ballots.vote(workshopId, ballotId, command(ballot, body), user, locale);
		}
		catch (BallotService.JudgmentMissingException ex) {
			throw RuleViolationException.invalid("workshop.vote.error.judgmentsMissing");
		}
		if (outcome instanceof BallotService.VoteOutcome.Inconsistent inconsistent) {
			String ratio = String.format(locale, "%.2f", inconsistent.consistencyRatio());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					messages.getMessage("workshop.vote.inconsistent", new Object[] { ratio }, locale) + " "
							+ messages.getMessage("workshop.vote.inconsistentPair",
									new Object[] { inconsistent.a().label(), inconsistent.b().label(),
											String.format(locale, "%.2f", inconsistent.given()),
											String.format(locale, "%.2f", inconsistent.suggested()) },
									locale));
			problem.setType(URI.create("urn:migracap:problem:inconsistent-judgments"));
			problem.setTitle(messages.getMessage("error.422.title", null, "Unprocessable content", locale));
			problem.setInstance(URI.create("/api/workshops/" + workshopId + "/ballots/" + ballotId + "/votes"));
			problem.setProperty("consistencyRatio", inconsistent.consistencyRatio());
			problem.setProperty("first", inconsistent.a().id());
			problem.setProperty("second", inconsistent.b().id());
			problem.setProperty("given", inconsistent.given());
			problem.setProperty("suggested", inconsistent.suggested());
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		BallotService.VoteOutcome.Recorded recorded = (BallotService.VoteOutcome.Recorded) outcome;
		return ResponseEntity.status(recorded.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new VoteJson(ballotId, recorded.replaced(), recorded.consistencyRatio()));
	}

	/**
	 * The typed vote as the ballot service takes it: ranks by option id, approved ids, and judgments by the key of
	 * the pair in the ballot's option order ({@code a-b}; a judgment given as (b, a) is turned round).
	 */
	static BallotService.VoteCommand command(BallotService.BallotView ballot, VoteBody body) {
		Set<Long> known = new java.util.HashSet<>();
		ballot.options().forEach(o -> known.add(o.id()));
		Map<Long, Integer> ranks = new HashMap<>();
		for (RankBody rank : body.ranks() == null ? List.<RankBody>of() : body.ranks()) {
			requireOption(known, rank.option());
			if (ranks.put(rank.option(), rank.rank()) != null) {
				throw RuleViolationException.invalid("workshop.api.vote.optionTwice", rank.option());
			}
		}
		Set<Long> approvals = new LinkedHashSet<>();
		for (Long option : body.approvals() == null ? List.<Long>of() : body.approvals()) {
			requireOption(known, option);
			approvals.add(option);
		}
		Map<String, Integer> judgments = new HashMap<>();
		Map<Long, Integer> order = new HashMap<>();
		ballot.options().forEach(o -> order.put(o.id(), o.index()));
		for (JudgmentBody judgment : body.judgments() == null ? List.<JudgmentBody>of() : body.judgments()) {
			requireOption(known, judgment.first());
			requireOption(known, judgment.second());
			if (judgment.first().equals(judgment.second())) {
				throw RuleViolationException.invalid("workshop.api.vote.samePair", judgment.first());
			}
			if (judgment.step() == 0 || judgment.step() == -1) {
				throw RuleViolationException.invalid("workshop.api.vote.step");
			}
			boolean inOrder = order.get(judgment.first()) < order.get(judgment.second());
			String key = inOrder ? judgment.first() + "-" + judgment.second() : judgment.second() + "-" + judgment.first();
			int step = inOrder || judgment.step() == 1 ? judgment.step() : -judgment.step();
			if (judgments.put(key, step) != null) {
				throw RuleViolationException.invalid("workshop.api.vote.pairTwice", judgment.first(), judgment.second());
			}
		}
		return new BallotService.VoteCommand(ranks, approvals, judgments, Boolean.TRUE.equals(body.acceptInconsistent()));
	}

	private static void requireOption(Set<Long> known, Long option) {
		if (!known.contains(option)) {
			throw RuleViolationException.invalid("workshop.api.vote.unknownOption", option);
		}
	}

	private void check(long workshopId, long ballotId, @Nullable String ifMatch, CurrentUser user, Locale locale) {
		BallotService.BallotView view = ballots.ballot(workshopId, ballotId, Optional.of(user), locale);
		ETags.check(ifMatch, "ballot", ballotId, view.version());
	}

	private ResponseEntity<BallotService.BallotView> answer(long workshopId, long ballotId, CurrentUser user,
			Locale locale, HttpStatus status) {
		BallotService.BallotView view = ballots.ballot(workshopId, ballotId, Optional.of(user), locale);
		return ResponseEntity.status(status).eTag(ETags.of(view.version())).body(view);
	}

}
