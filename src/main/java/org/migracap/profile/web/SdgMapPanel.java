package org.migracap.profile.web;

import java.util.Map;
import java.util.Optional;

import org.migracap.assessment.AssessmentApi;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.HomePanel;
import org.migracap.platform.ViewFragment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the home page, for everybody: the world map of the real SDG 10.7.2 results and the share of countries that meet
 * the policy criteria per survey year.
 */
@Component
class SdgMapPanel implements HomePanel {

	private final MapLayers layers;

	private final AssessmentApi assessments;

	SdgMapPanel(MapLayers layers, AssessmentApi assessments) {
		this.layers = layers;
		this.assessments = assessments;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean visibleTo(Optional<CurrentUser> user) {
		return true;
	}

	@Override
	public ViewFragment render(Optional<CurrentUser> user) {
		return ViewFragment.of("profile/map", "homePanel",
				Map.of("layer", layers.layer(MapLayers.SDG, null, user, LocaleContextHolder.getLocale(), true), "years",
						assessments.sdgSummaryByYear()));
	}

}
