package org.migracap.workshop.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.migracap.workshop.domain.BallotService;

/** A participant's vote: ranks by option id, approved option ids, or AHP judgments by pair key. */
public class VoteForm {

	private Map<Long, Integer> ranks = new HashMap<>();

	private Set<Long> approvals = new LinkedHashSet<>();

	private Map<String, Integer> judgments = new HashMap<>();

	private boolean acceptInconsistent;

	static VoteForm of(BallotService.MyVote vote) {
		VoteForm form = new VoteForm();
		form.ranks = new HashMap<>(vote.ranks());
		form.approvals = new LinkedHashSet<>(vote.approvals());
		form.judgments = new HashMap<>(vote.judgments());
		return form;
	}

	BallotService.VoteCommand toCommand() {
		Map<Long, Integer> given = new HashMap<>();
		ranks.forEach((option, rank) -> {
			if (rank != null) {
				given.put(option, rank);
			}
		});
		return new BallotService.VoteCommand(given, approvals, judgments, acceptInconsistent);
	}

	public Map<Long, Integer> getRanks() {
		return ranks;
	}

	public void setRanks(Map<Long, Integer> ranks) {
		this.ranks = ranks;
	}

	public Set<Long> getApprovals() {
		return approvals;
	}

	public void setApprovals(Set<Long> approvals) {
		this.approvals = approvals;
	}

	public Map<String, Integer> getJudgments() {
		return judgments;
	}

	public void setJudgments(Map<String, Integer> judgments) {
		this.judgments = judgments;
	}

	public boolean isAcceptInconsistent() {
		return acceptInconsistent;
	}

	public void setAcceptInconsistent(boolean acceptInconsistent) {
		this.acceptInconsistent = acceptInconsistent;
	}

}
