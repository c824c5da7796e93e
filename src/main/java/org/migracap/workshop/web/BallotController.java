package org.migracap.workshop.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.migracap.platform.Access;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.FormErrors;
import org.migracap.platform.NotFoundException;
import org.migracap.platform.Role;
import org.migracap.platform.RuleViolationException;
import org.migracap.reference.FocusArea;
import org.migracap.workshop.domain.BallotKind;
import org.migracap.workshop.domain.BallotService;
import org.migracap.workshop.domain.PartnerModules;
import org.migracap.workshop.domain.RegistrationService;
import org.migracap.workshop.domain.WorkshopService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ballots: facilitators prepare, open and close them and watch the results come in (the results panel polls); a
 * registered participant votes from any screen, a phone included; everybody may read the results of a closed ballot.
 * An area ballot's result can set a planning scenario's area weights.
 */
@Controller
class BallotController {

	/** Saaty's scale as signed steps, from "first option extremely more important" to "second option extremely". */
	static final List<Step> STEPS = java.util.stream.Stream.of(9, 8, 7, 6, 5, 4, 3, 2, 1, -2, -3, -4, -5, -6, -7, -8, -9)
		.map(v -> new Step(v, Math.abs(v), v > 1, v == 1))
		.toList();

	private final WorkshopService workshops;

	private final BallotService ballots;

	private final RegistrationService registrations;

	private final PartnerModules partners;

	private final FormErrors formErrors;

	BallotController(WorkshopService workshops, BallotService ballots, RegistrationService registrations,
			PartnerModules partners, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.workshops = workshops;
		this.ballots = ballots;
		this.registrations = registrations;
		this.partners = partners;
	}

	@GetMapping("/workshops/{workshopId}/ballots")
	@Access
	String list(@PathVariable long workshopId, Locale locale, Model model) {
		Optional<CurrentUser> user = CurrentUser.current();
		model.addAttribute("w", workshops.view(workshopId, user, locale));
		model.addAttribute("tab", "ballots");
		model.addAttribute("ballots", ballots.list(workshopId, user, locale));
		return "workshop/ballots";
	}

	@GetMapping("/workshops/{workshopId}/ballots/new")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String newBallot(@PathVariable long workshopId, Locale locale, Model model) {
		return form(workshopId, new BallotForm(), locale, model);
	}

	@PostMapping("/workshops/{workshopId}/ballots")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String create(@PathVariable long workshopId, @Valid @ModelAttribute("form") BallotForm form, BindingResult result,
			Locale locale, Model model, RedirectAttributes redirect) {
		Optional<Long> id = formErrors.attempt(result, model)
			.fields(Map.of("workshop.error.textMissing.en", "title.en", "workshop.error.textMissing.fr", "title.fr",
					"workshop.error.textMissing.es", "title.es", "workshop.ballot.error.maxApprovals", "maxApprovals"))
			.call(() -> ballots.create(workshopId, form.toCommand(), CurrentUser.required()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("flashSuccess", "workshop.ballot.created");
			return "redirect:/workshops/" + workshopId + "/ballots/" + id.get();
		}
		return form(workshopId, form, locale, model);
	}

	private String form(long workshopId, BallotForm form, Locale locale, Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, CurrentUser.current(), locale);
		WorkshopController.requireManage(view);
		model.addAttribute("w", view);
		model.addAttribute("tab", "ballots");
		model.addAttribute("form", form);
		model.addAttribute("kinds", BallotKind.values());
		return "workshop/ballot-form";
	}

	@GetMapping("/workshops/{workshopId}/ballots/{ballotId}")
	@Access
	String page(@PathVariable long workshopId, @PathVariable long ballotId, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		BallotService.BallotView ballot = ballots.ballot(workshopId, ballotId, Optional.of(user), locale);
		if (!model.containsAttribute("vote")) {
			model.addAttribute("vote", VoteForm.of(ballots.myVote(workshopId, ballotId, user)));
		}
		return page(workshopId, ballot, user, locale, model);
	}

	private String page(long workshopId, BallotService.BallotView ballot, CurrentUser user, Locale locale, Model model) {
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		model.addAttribute("w", view);
		model.addAttribute("tab", "ballots");
		model.addAttribute("ballot", ballot);
		model.addAttribute("pairs", ballots.pairs(ballot));
		model.addAttribute("steps", STEPS);
		model.addAttribute("myVote", ballots.myVote(workshopId, ballot.id(), user));
		model.addAttribute("registered", registrations.mine(workshopId, user, locale)
			.filter(RegistrationService.RegistrationView::confirmed)
			.isPresent());
		model.addAttribute("canVote", user.has(Role.PARTICIPANT, Role.FOCAL_POINT));
		model.addAttribute("areas", FocusArea.values());
		BallotService.BallotResults results = ballots.results(workshopId, ballot.id(), Optional.of(user), locale)
			.orElse(null);
		model.addAttribute("results", results);
		model.addAttribute("chart", results == null ? null : ResultCharts.bars(results, locale));
		model.addAttribute("planningAvailable", partners.planningAvailable());
		model.addAttribute("scenarios", partners.scenarios());
		model.addAttribute("paperVoters", view.canManage() && ballot.open()
				? ballots.paperVoters(workshopId, ballot.id(), user, locale) : List.of());
		if (!model.containsAttribute("paperVote")) {
			model.addAttribute("paperVote", new VoteForm());
		}
		return "workshop/ballot";
	}

	@GetMapping("/workshops/{workshopId}/ballots/{ballotId}/results/live")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String live(@PathVariable long workshopId, @PathVariable long ballotId, Locale locale, Model model) {
		CurrentUser user = CurrentUser.required();
		WorkshopService.WorkshopView view = workshops.view(workshopId, Optional.of(user), locale);
		WorkshopController.requireManage(view);
		BallotService.BallotResults results = ballots.results(workshopId, ballotId, Optional.of(user), locale)
			.orElseThrow(() -> NotFoundException.of("ballot", ballotId));
		model.addAttribute("w", view);
		model.addAttribute("ballot", results.ballot());
		model.addAttribute("results", results);
		model.addAttribute("chart", ResultCharts.bars(results, locale));
		model.addAttribute("planningAvailable", partners.planningAvailable());
		model.addAttribute("scenarios", partners.scenarios());
		return "workshop/ballot :: results";
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/vote")
	@Access({ Role.PARTICIPANT, Role.FOCAL_POINT })
	String vote(@PathVariable long workshopId, @PathVariable long ballotId, @ModelAttribute("vote") VoteForm vote,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.required();
		BallotService.BallotView ballot = ballots.ballot(workshopId, ballotId, Optional.of(user), locale);
		Optional<BallotService.VoteOutcome> outcome;
		try {
			outcome = formErrors.attempt(result, model)
				.call(() -> ballots.vote(workshopId, ballotId, vote.toCommand(), user, locale));
		}
		catch (BallotService.JudgmentMissingException ex) {
			result.rejectValue("judgments[" + ex.pair() + "]", "workshop.vote.error.judgmentMissing");
			outcome = Optional.empty();
		}
		if (outcome.orElse(null) instanceof BallotService.VoteOutcome.Recorded recorded) {
			redirect.addFlashAttribute("flashSuccess", recorded.replaced() ? "workshop.vote.replaced" : "workshop.vote.recorded");
			return "redirect:/workshops/" + workshopId + "/ballots/" + ballotId;
		}
		if (outcome.orElse(null) instanceof BallotService.VoteOutcome.Inconsistent inconsistent) {
			model.addAttribute("inconsistent", inconsistent);
		}
		return page(workshopId, ballot, user, locale, model);
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/paper")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String paper(@PathVariable long workshopId, @PathVariable long ballotId,
			@RequestParam(required = false) Long registrationId, @ModelAttribute("paperVote") VoteForm vote,
			Locale locale, RedirectAttributes redirect) {
		return done(workshopId, ballotId, () -> {
			if (registrationId == null) {
				throw RuleViolationException.invalid("workshop.vote.error.paperVoter");
			}
			try {
				ballots.recordPaperBallot(workshopId, ballotId, registrationId, vote.toCommand(), CurrentUser.required(),
						locale);
			}
			catch (BallotService.JudgmentMissingException ex) {
				throw RuleViolationException.invalid("workshop.vote.error.judgmentsMissing");
			}
		}, redirect, "workshop.vote.paperRecorded");
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/options")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String addOption(@PathVariable long workshopId, @PathVariable long ballotId,
			@ModelAttribute("option") TextsForm option, @RequestParam(required = false) FocusArea area,
			RedirectAttributes redirect) {
		return done(workshopId, ballotId,
				() -> ballots.addOption(workshopId, ballotId, option.toTexts(), area, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/options/{optionId}/remove")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String removeOption(@PathVariable long workshopId, @PathVariable long ballotId, @PathVariable long optionId,
			RedirectAttributes redirect) {
		return done(workshopId, ballotId,
				() -> ballots.removeOption(workshopId, ballotId, optionId, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/open")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String open(@PathVariable long workshopId, @PathVariable long ballotId, RedirectAttributes redirect) {
		return done(workshopId, ballotId, () -> ballots.open(workshopId, ballotId, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/close")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String close(@PathVariable long workshopId, @PathVariable long ballotId, RedirectAttributes redirect) {
		return done(workshopId, ballotId, () -> ballots.close(workshopId, ballotId, CurrentUser.required()), redirect);
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/delete")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String delete(@PathVariable long workshopId, @PathVariable long ballotId, RedirectAttributes redirect) {
		boolean deleted = FormErrors.flash(redirect, () -> ballots.delete(workshopId, ballotId, CurrentUser.required()),
				"workshop.ballot.deleted");
		return "redirect:/workshops/" + workshopId + "/ballots" + (deleted ? "" : "/" + ballotId);
	}

	@PostMapping("/workshops/{workshopId}/ballots/{ballotId}/apply")
	@Access({ Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN })
	String apply(@PathVariable long workshopId, @PathVariable long ballotId, @RequestParam(required = false) Long scenario,
			Locale locale, RedirectAttributes redirect) {
		return done(workshopId, ballotId, () -> {
			if (scenario == null) {
				throw RuleViolationException.invalid("workshop.ballot.error.scenarioRequired");
			}
			ballots.applyToScenario(workshopId, ballotId, scenario, CurrentUser.required(), locale);
		}, redirect, "workshop.ballot.weightsSent");
	}

	private String done(long workshopId, long ballotId, Runnable action, RedirectAttributes redirect) {
		return done(workshopId, ballotId, action, redirect, "common.updated");
	}

	private String done(long workshopId, long ballotId, Runnable action, RedirectAttributes redirect,
			String success) {
		FormErrors.flash(redirect, action, success);
		return "redirect:/workshops/" + workshopId + "/ballots/" + ballotId;
	}

	/** One point of Saaty's scale for a pair (a, b): its stored value and how it reads. */
	public record Step(int value, int intensity, boolean favoursFirst, boolean equal) {
	}

}
