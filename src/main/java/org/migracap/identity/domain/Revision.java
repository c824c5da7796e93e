package org.migracap.identity.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail: a transaction that changed audited records, when and by whom. The records' states
 * before and after live in the {@code *_aud} tables of each module.
 */
@Entity
@RevisionEntity(RevisionStamp.class)
@Table(schema = "audit", name = "revision")
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	@Column(name = "revision_timestamp", nullable = false)
	private long timestamp;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt = Instant.now();

	@Column(nullable = false, length = 80)
	private String username = "system";

	@Column(name = "user_id")
	private @Nullable Long userId;

	@Column(name = "token_name", length = 80)
	private @Nullable String tokenName;

	@ElementCollection(fetch = FetchType.EAGER)
	@JoinTable(schema = "audit", name = "revision_entity", joinColumns = @JoinColumn(name = "revision_id"))
	@Column(name = "entity_name")
	@ModifiedEntityNames
	private Set<String> modifiedEntityNames = new HashSet<>();

	void stamp(String username, @Nullable Long userId, @Nullable String tokenName) {
		this.username = username;
		this.userId = userId;
		this.tokenName = tokenName;
		this.changedAt = Instant.now();
	}

	long id() {
		return id;
	}

	String username() {
		return username;
	}

	Instant changedAt() {
		return changedAt;
	}

	Set<String> modifiedEntityNames() {
		return modifiedEntityNames;
	}

}
