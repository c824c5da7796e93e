package org.migracap.reference.domain;

import org.jspecify.annotations.Nullable;
import org.migracap.platform.MemberStates;
import org.migracap.reference.IomStatus;
import org.springframework.stereotype.Component;

/**
 * The IOM Member States as administrators recorded them (`/admin/membership`, CSV import, API), read from the
 * country catalogue: a change made on any instance is seen at the next request through the catalogue's data stamp.
 */
@Component
class RecordedMemberStates implements MemberStates {

	private final CountryCatalog catalog;

	RecordedMemberStates(CountryCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public boolean isMemberState(@Nullable String iso3) {
		return catalog.byIso3(iso3).map(country -> country.iomStatus() == IomStatus.MEMBER).orElse(false);
	}

}
