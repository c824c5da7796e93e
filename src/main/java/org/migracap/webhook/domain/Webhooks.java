package org.migracap.webhook.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Webhooks extends JpaRepository<Webhook, Long> {

	List<Webhook> findAllByOrderByIdAsc();

	List<Webhook> findByEnabledTrue();

}
