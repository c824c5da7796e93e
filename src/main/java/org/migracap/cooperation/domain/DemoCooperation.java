package org.migracap.cooperation.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migracap.cooperation.ObjectiveView;
import org.migracap.cooperation.domain.AgreementService.AgreementDraft;
import org.migracap.cooperation.domain.AgreementService.PartyView;
import org.migracap.cooperation.domain.StanceService.StanceEntry;
import org.migracap.platform.Confidentiality;
import org.migracap.platform.StartupData;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Component;

/**
 * Demo stances of the demo focal points' countries and of the main destinations on their routes, and demo agreements
 * along the demo routes. Everything is invented for demonstration and labelled demo.
 */
@Component
class DemoCooperation implements StartupData {

	/**
	 * Stances per country: one "stance/priority" per objective, in catalogue order (A1 .. X3); "." = no stance; a
	 * trailing "p" makes the stance private, "u" public (the default is signed-in users).
	 */
	static final Map<String, String> STANCES = new LinkedHashMap<>();

	static {
		STANCES.put("GTM", "2/1 2/1 2/2 1/2u 1/2 1/3 1/2 1/2 2/1 2/1 2/1 1/3 2/1 2/1 2/2 2/1 2/1 1/2 1/2 2/2 0/3 1/3 -1/2 2/1 -1/3 1/3 2/2 2/2 1/2 1/3 1/2 2/2u 2/1 1/2");
		STANCES.put("MEX", "2/1 2/1 2/2 2/1 2/1 2/1 1/2 2/2 2/1 2/1 2/1 1/2 2/1 1/2 1/2 2/2 2/1 1/2 1/2 1/2 1/2 1/3 1/2 2/2 1/2 1/2 2/2 1/2 1/2 2/2 1/2 2/1u 2/1 2/2");
		STANCES.put("USA", "1/3 1/3 1/3 . 2/1 2/1 2/1 2/1 2/1 1/2 1/3 1/2 -1/2 1/2 1/3 1/2 2/2 1/3 1/3 -1/3 2/2 1/3 2/1 1/2 2/1 1/2 1/2 -1/2 1/3 2/2 -1/3 1/2 1/2 2/2");
		STANCES.put("MAR", "2/1 2/1 2/1 2/1 2/1 2/1 2/1 2/1 2/1 2/1 2/1 1/2 2/1 2/2 2/2 2/1 2/1 2/1 2/2 1/2 1/2 1/3 0/2 2/1 1/2 1/2 2/2 2/2 2/2 1/2 1/2 2/1u 2/1 2/2");
		STANCES.put("ESP", "1/3 1/2 1/3 1/3 2/1 2/1 2/1 2/1 2/1 2/2 1/3 2/2 2/1 1/2 2/2 2/1 2/2 1/3 1/3 2/2 1/2 1/3 2/1 2/2 2/1 2/1 2/1 1/2 1/3 2/2 1/3 2/1u 2/1 2/2");
		STANCES.put("SEN", "2/1 2/1 2/1 2/2 1/2 1/2 1/2 1/2 2/1 2/1 2/1 1/3 2/1 2/1 2/2 2/1 2/1 2/1 2/1 2/2 0/3 1/3 -2/1 2/1 -1/2 1/3 2/2 2/1 2/2 1/3 2/2 2/1u 2/1 1/2");
		STANCES.put("ITA", "1/3 1/3 1/3 . 2/1 2/1 2/1 2/1 2/1 1/2 1/3 1/2 1/2 1/2 1/3 1/2 2/1 1/3 1/3 1/2 2/2 1/3 2/1 2/2 2/1 1/2 1/2 0/3 1/3 2/2 1/3 2/1u 2/1 2/2");
		STANCES.put("PHL", "2/1 2/1 2/2 2/1u 1/2 1/3 0/3 2/2 2/1 2/1u 2/1 1/3 2/1 2/1 2/1 2/1 1/2 1/3 1/2 2/1 1/3 2/2 0/3 2/1 1/2 1/3 2/2 2/2 1/2 2/2 2/1 2/1u 2/1 1/2");
		STANCES.put("SAU", "0/3 0/3 . . 2/1 2/1 1/2 2/1 1/2 0/2 . -1/2 1/2 1/2 1/2 2/1 . . . 0/3 2/2 1/3 2/1 . 2/1 -1/3 0/3 -2/2 1/2 1/3 -1/2 1/2u 1/2 1/3");
		STANCES.put("KEN", "2/1 2/1 2/1 2/2 1/2 1/2 1/2 1/2 2/1 2/1 2/1 1/2 2/1 2/1p 2/2 2/1 2/1 1/2 1/2 1/2 1/3 1/3 -1/2p 2/1 -1/2p 1/3 2/2 2/2 1/2 1/2 2/2 2/1u 2/1 2/2");
	}

	private final StanceService stances;

	private final AgreementService agreements;

	private final ObjectiveCatalogue objectives;

	DemoCooperation(StanceService stances, AgreementService agreements, ObjectiveCatalogue objectives) {
		this.stances = stances;
		this.agreements = agreements;
		this.objectives = objectives;
	}

	@Override
	public String name() {
		return "cooperation-demo";
	}

	@Override
	public int order() {
		return 920;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public boolean demo() {
		return true;
	}

	@Override
	public void load() {
		List<ObjectiveView> catalogue = objectives.all();
		STANCES.forEach((iso3, text) -> {
			String[] cells = text.split(" ");
			if (cells.length != catalogue.size()) {
				throw new IllegalStateException("Demo stances of " + iso3 + " do not match the catalogue");
			}
			if (!stances.stancesOf(iso3, java.util.Optional.empty()).isEmpty() || stances.hiddenCount(List.of(iso3),
					java.util.Optional.empty()) > 0) {
				return;
			}
			List<StanceEntry> entries = new ArrayList<>();
			for (int i = 0; i < cells.length; i++) {
				String cell = cells[i];
				if (cell.equals(".")) {
					continue;
				}
				Confidentiality visibility = cell.endsWith("p") ? Confidentiality.PRIVATE
						: cell.endsWith("u") ? Confidentiality.PUBLIC : Confidentiality.MEMBERS;
				String[] parts = cell.replaceAll("[pu]$", "").split("/");
				entries.add(new StanceEntry(catalogue.get(i).code(), Integer.valueOf(parts[0]),
						Integer.parseInt(parts[1]), visibility, null, -1));
			}
			stances.stateDemo(iso3, entries);
		});
		if (agreements.list(java.util.Optional.empty()).stream().anyMatch(AgreementService.AgreementView::demo)) {
			return;
		}
		agreement("Readmission agreement Spain - Morocco (demo)", AgreementType.READMISSION_AGREEMENT,
				AgreementStatus.IN_FORCE, EnumSet.of(FocusArea.G, FocusArea.B), false, state("ESP"), state("MAR"));
		agreement("Seasonal agricultural work, Spain - Morocco (demo)", AgreementType.BILATERAL_LABOUR_AGREEMENT,
				AgreementStatus.IN_FORCE, EnumSet.of(FocusArea.D, FocusArea.A), false, state("ESP"), state("MAR"),
				new PartyView(PartyKind.PRIVATE_SECTOR, "ESP", "Agricultural employers' association (demo)"));
		agreement("Domestic workers' recruitment, Philippines - Saudi Arabia (demo)",
				AgreementType.BILATERAL_LABOUR_AGREEMENT, AgreementStatus.IN_FORCE, EnumSet.of(FocusArea.D, FocusArea.C),
				false, state("PHL"), state("SAU"));
		agreement("Regional dialogue on migration in Central and North America (demo)",
				AgreementType.REGIONAL_CONSULTATIVE_PROCESS, AgreementStatus.IN_FORCE,
				EnumSet.of(FocusArea.B, FocusArea.C, FocusArea.X), false, state("MEX"), state("GTM"), state("HND"),
				state("USA"), new PartyView(PartyKind.INTERNATIONAL_ORGANISATION, null, "IOM"));
		agreement("Euro-African dialogue on migration and development (demo)",
				AgreementType.REGIONAL_CONSULTATIVE_PROCESS, AgreementStatus.IN_FORCE,
				EnumSet.of(FocusArea.B, FocusArea.C, FocusArea.G, FocusArea.X), false, state("SEN"), state("MAR"),
				state("MLI"), state("NER"), state("ESP"), state("ITA"));
		agreement("Labour mobility memorandum Kenya - Saudi Arabia (demo, under negotiation)",
				AgreementType.MEMORANDUM_OF_UNDERSTANDING, AgreementStatus.NEGOTIATION,
				EnumSet.of(FocusArea.D, FocusArea.C), true, state("KEN"), state("SAU"));
		agreement("Reintegration of returning migrants in Senegal (demo)", AgreementType.JOINT_PROGRAMME,
				AgreementStatus.IN_FORCE, EnumSet.of(FocusArea.G, FocusArea.E), false, state("SEN"), state("ITA"),
				new PartyView(PartyKind.NGO, "SEN", "Returnee support association (demo)"),
				new PartyView(PartyKind.LOCAL_GOVERNMENT, "SEN", "Tambacounda regional council (demo)"),
				new PartyView(PartyKind.INTERNATIONAL_ORGANISATION, null, "IOM"));
		agreement("Border cooperation Guatemala - Mexico (demo)", AgreementType.MEMORANDUM_OF_UNDERSTANDING,
				AgreementStatus.SIGNED, EnumSet.of(FocusArea.B, FocusArea.C), false, state("GTM"), state("MEX"));
	}

	private static PartyView state(String iso3) {
		return new PartyView(PartyKind.STATE, iso3, null);
	}

	private void agreement(String title, AgreementType type, AgreementStatus status, EnumSet<FocusArea> areas,
			boolean confidential, PartyView... parties) {
		agreements.createDemo(new AgreementDraft(title, type, status, areas,
				"Demo record: invented for demonstration, not a description of a real agreement.", null, null, null,
				confidential, List.of(parties)));
	}

}
