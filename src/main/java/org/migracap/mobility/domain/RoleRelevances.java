package org.migracap.mobility.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleRelevances extends JpaRepository<RoleRelevance, String> {

}
