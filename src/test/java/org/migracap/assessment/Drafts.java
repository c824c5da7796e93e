package org.migracap.assessment;

import org.migracap.assessment.domain.CycleKind;
import org.migracap.assessment.domain.CycleService;
import org.migracap.assessment.domain.FrameworkService;
import org.migracap.platform.Confidentiality;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assessment cycles that tests of several modules need. */
public final class Drafts {

	private Drafts() {
	}

	/** The newest editable core-framework cycle of Kenya, made (private, 2026) when there is none. */
	public static long kenyaDraft(JdbcClient jdbc, CycleService cycles) {
		return jdbc.sql("""
				select id from assessment.cycle where iso3 = 'KEN' and framework_code = 'MIGRACAP_CORE'
				and status in ('DRAFT', 'RETURNED') order by id desc fetch first 1 rows only""")
			.query(Long.class)
			.optional()
			.orElseGet(() -> cycles.create("KEN", new CycleService.NewCycle(FrameworkService.CORE, CycleKind.SELF,
					2026, null, null, Confidentiality.PRIVATE), Viewers.focal("KEN")).id());
	}

}
