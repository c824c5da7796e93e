package org.migracap.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	Optional<UserAccount> findByEmailIgnoreCase(String email);

	boolean existsByUsernameIgnoreCase(String username);

	boolean existsByEmailIgnoreCase(String email);

	List<UserAccount> findAllByEmailIgnoreCase(String email);

	@Query("""
			select u from UserAccount u
			where (:q = '' or lower(u.username) like lower(concat('%', :q, '%'))
			       or lower(u.displayName) like lower(concat('%', :q, '%'))
			       or lower(u.email) like lower(concat('%', :q, '%')))
			  and (:country = '' or u.countryCode = :country)
			""")
	Page<UserAccount> search(@Param("q") String q, @Param("country") String country, Pageable pageable);

	List<UserAccount> findByCountryCodeAndEnabledTrue(String countryCode);

	List<UserAccount> findByEnabledTrue();

	List<UserAccount> findByServiceAccountTrueOrderByUsername();

}
