package org.migracap.library.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.migracap.library.DocumentKind;
import org.migracap.library.DocumentStatus;
import org.migracap.library.Visibility;
import org.migracap.platform.CurrentUser;
import org.migracap.platform.Role;
import org.migracap.platform.StartupData;
import org.migracap.reference.FocusArea;
import org.springframework.stereotype.Component;

/**
 * Demo documents for the demo focal points' countries, in English, French or Spanish, some confidential. Titles name
 * the kind of text a State has; the text itself is generated from a few sentences per area, says that it is demo
 * material, and quotes no law.
 */
@Component
class DemoDocuments implements StartupData {

	static final CurrentUser LOADER = new CurrentUser(0, "demo-data", "Demo data", Set.of(Role.ADMIN), null);

	record Demo(String iso3, String language, DocumentKind kind, DocumentStatus status, int year, String areas,
			Visibility visibility, String titleOriginal, @Nullable String titleEnglish, String gcm,
			String instruments, @Nullable String supersedes) {
	}

	static final List<Demo> DEMOS = List.of(
			new Demo("KEN", "en", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2011, "B I", Visibility.PUBLIC,
					"Citizenship and Immigration Act (demo)", null, "4 11", "", null),
			new Demo("KEN", "en", DocumentKind.POLICY, DocumentStatus.IN_FORCE, 2019, "A D", Visibility.PUBLIC,
					"National Labour Migration Policy (demo)", null, "6 19", "ILO_C181", null),
			new Demo("KEN", "en", DocumentKind.REGULATION, DocumentStatus.IN_FORCE, 2021, "D", Visibility.PUBLIC,
					"Recruitment Agencies Regulations (demo)", null, "6", "ILO_C181", null),
			new Demo("KEN", "en", DocumentKind.STRATEGY, DocumentStatus.DRAFT, 2024, "B C", Visibility.CONFIDENTIAL,
					"Draft Counter-Trafficking Strategy 2025-2029 (demo)", null, "10", "UN_TIP_2000", null),
			new Demo("PHL", "en", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2022, "A C D", Visibility.PUBLIC,
					"Department of Migrant Workers Act (demo)", null, "6 19", "UN_ICMW_1990", null),
			new Demo("PHL", "en", DocumentKind.REGULATION, DocumentStatus.IN_FORCE, 2016, "D", Visibility.PUBLIC,
					"Rules on the Recruitment and Deployment of Workers Abroad (demo)", null, "6", "ILO_C181", null),
			new Demo("PHL", "en", DocumentKind.ACTION_PLAN, DocumentStatus.IN_FORCE, 2023, "G A", Visibility.PUBLIC,
					"Reintegration Action Plan 2023-2028 (demo)", null, "21", "", null),
			new Demo("GTM", "es", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2016, "I C", Visibility.PUBLIC,
					"Código de Migración (demo)", "Migration Code (demo)", "7 4", "UN_ICMW_1990", null),
			new Demo("GTM", "es", DocumentKind.POLICY, DocumentStatus.IN_FORCE, 2019, "G", Visibility.PUBLIC,
					"Política de retorno y reintegración (demo)", "Return and Reintegration Policy (demo)", "21", "",
					null),
			new Demo("GTM", "es", DocumentKind.STRATEGY, DocumentStatus.DRAFT, 2024, "B", Visibility.CONFIDENTIAL,
					"Estrategia de gestión de fronteras 2025-2030, borrador (demo)",
					"Border Management Strategy 2025-2030, draft (demo)", "11", "UN_SOM_2000", null),
			new Demo("MEX", "es", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2011, "I H C", Visibility.PUBLIC,
					"Ley de Migración (demo)", "Migration Law (demo)", "7 16", "UN_ICMW_1990", null),
			new Demo("MEX", "es", DocumentKind.REGULATION, DocumentStatus.AMENDED, 2012, "B", Visibility.PUBLIC,
					"Reglamento de la Ley de Migración (demo)", "Regulations of the Migration Law (demo)", "11", "",
					null),
			new Demo("MEX", "es", DocumentKind.REGULATION, DocumentStatus.IN_FORCE, 2021, "B", Visibility.PUBLIC,
					"Reglamento de la Ley de Migración, reforma de 2021 (demo)",
					"Regulations of the Migration Law, 2021 amendment (demo)", "11", "",
					"Reglamento de la Ley de Migración (demo)"),
			new Demo("MEX", "es", DocumentKind.ACTION_PLAN, DocumentStatus.DRAFT, 2024, "D", Visibility.CONFIDENTIAL,
					"Plan de acción sobre movilidad laboral (demo)", "Labour Mobility Action Plan (demo)", "5 6", "",
					null),
			new Demo("ESP", "es", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2000, "H I", Visibility.PUBLIC,
					"Ley orgánica sobre derechos y libertades de las personas extranjeras (demo)",
					"Organic Law on the Rights and Freedoms of Foreign Nationals (demo)", "16", "", null),
			new Demo("ESP", "es", DocumentKind.REGULATION, DocumentStatus.IN_FORCE, 2022, "D H", Visibility.PUBLIC,
					"Reglamento de extranjería (demo)", "Regulations on Foreign Nationals (demo)", "5 16", "", null),
			new Demo("ESP", "es", DocumentKind.BILATERAL_AGREEMENT, DocumentStatus.IN_FORCE, 2001, "D X",
					Visibility.PUBLIC, "Acuerdo bilateral sobre trabajadores temporeros (demo)",
					"Bilateral Agreement on Seasonal Workers (demo)", "5 23", "ILO_C097", null),
			new Demo("MAR", "fr", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2003, "B I", Visibility.PUBLIC,
					"Loi relative à l'entrée et au séjour des étrangers (démo)",
					"Law on the Entry and Stay of Foreign Nationals (demo)", "11 4", "UN_SOM_2000", null),
			new Demo("MAR", "fr", DocumentKind.STRATEGY, DocumentStatus.IN_FORCE, 2014, "H C", Visibility.PUBLIC,
					"Stratégie nationale d'immigration et d'asile (démo)",
					"National Immigration and Asylum Strategy (demo)", "16 15", "UN_REF_1951", null),
			new Demo("MAR", "fr", DocumentKind.POLICY, DocumentStatus.DRAFT, 2024, "A", Visibility.CONFIDENTIAL,
					"Politique de mobilisation des compétences de la diaspora (démo)",
					"Diaspora Skills Mobilisation Policy (demo)", "19 20", "", null),
			new Demo("SEN", "fr", DocumentKind.POLICY, DocumentStatus.IN_FORCE, 2018, "I A", Visibility.PUBLIC,
					"Politique nationale de migration (démo)", "National Migration Policy (demo)", "1 19", "", null),
			new Demo("SEN", "fr", DocumentKind.LAW, DocumentStatus.IN_FORCE, 2005, "C", Visibility.PUBLIC,
					"Loi relative à la lutte contre la traite des personnes (démo)",
					"Law on Combating Trafficking in Persons (demo)", "10", "UN_TIP_2000", null),
			new Demo("SEN", "fr", DocumentKind.MULTILATERAL_AGREEMENT, DocumentStatus.IN_FORCE, 1979, "X B",
					Visibility.PUBLIC, "Protocole régional sur la libre circulation des personnes (démo)",
					"Regional Protocol on the Free Movement of Persons (demo)", "23", "", null));

	private final DocumentService documents;

	private final Documents repository;

	DemoDocuments(DocumentService documents, Documents repository) {
		this.documents = documents;
		this.repository = repository;
	}

	@Override
	public String name() {
		return "demo-library";
	}

	@Override
	public int order() {
		return 960;
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
		if (repository.count() > 0 && repository.findAll().stream().anyMatch(Document::demo)) {
			return;
		}
		Map<String, Long> ids = new HashMap<>();
		for (Demo demo : DEMOS) {
			Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
			for (String code : demo.areas().split(" ")) {
				areas.add(FocusArea.of(code));
			}
			Set<Integer> gcm = new java.util.TreeSet<>();
			for (String code : Document.split(demo.gcm())) {
				gcm.add(Integer.valueOf(code));
			}
			LocalDate adopted = LocalDate.of(demo.year(), 1 + Math.abs(demo.titleOriginal().hashCode()) % 12, 15);
			String text = text(demo, areas);
			DocumentDetails details = new DocumentDetails(demo.iso3(), demo.kind(), demo.titleOriginal(),
					demo.titleEnglish(), demo.language(), adopted,
					demo.status() == DocumentStatus.DRAFT ? null : adopted.plusMonths(3), demo.status(),
					demo.supersedes() == null ? null : ids.get(demo.supersedes()), areas, gcm,
					Document.split(demo.instruments()), summary(demo, areas), null, demo.visibility());
			String fileName = demo.iso3().toLowerCase(java.util.Locale.ROOT) + "-" + demo.year() + "-demo.txt";
			long id = documents.create(details, new Upload(fileName, text.getBytes(StandardCharsets.UTF_8)), LOADER,
					true);
			ids.put(demo.titleOriginal(), id);
		}
	}

	static String summary(Demo demo, Set<FocusArea> areas) {
		String first = areas.stream()
			.map(area -> SENTENCES.get(demo.language()).get(area))
			.filter(java.util.Objects::nonNull)
			.map(list -> list.get(0))
			.findFirst()
			.orElse("");
		return switch (demo.language()) {
			case "fr" -> "Document de démonstration généré par MigraCap. " + first;
			case "es" -> "Documento de demostración generado por MigraCap. " + first;
			default -> "Demonstration document generated by MigraCap. " + first;
		};
	}

	static String text(Demo demo, Set<FocusArea> areas) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(demo.titleOriginal());
		paragraphs.add(switch (demo.language()) {
			case "fr" -> "Ce texte est généré pour la démonstration de MigraCap. Il ne reproduit aucune loi.";
			case "es" -> "Este texto se ha generado para la demostración de MigraCap. No reproduce ninguna ley.";
			default -> "This text is generated for the MigraCap demonstration. It reproduces no law.";
		});
		int article = 1;
		for (FocusArea area : areas) {
			for (String sentence : SENTENCES.get(demo.language()).getOrDefault(area, List.of())) {
				String label = switch (demo.language()) {
					case "fr" -> "Article ";
					case "es" -> "Artículo ";
					default -> "Section ";
				};
				paragraphs.add(label + article++ + ". " + sentence);
			}
		}
		return String.join("\n\n", paragraphs) + "\n";
	}

	static final Map<String, Map<FocusArea, List<String>>> SENTENCES = Map.of("en", Map.of(
			FocusArea.A, List.of(
					"The State shall lower the cost of sending remittances and promote safe transfer channels.",
					"A diaspora desk shall keep a register of skills offered by nationals abroad."),
			FocusArea.B, List.of(
					"Border posts shall check travel documents against the national watch list and share alerts with neighbouring States.",
					"Regular travellers may use fast lanes after registration."),
			FocusArea.C, List.of(
					"Victims of trafficking shall receive shelter, legal aid and a reflection period of ninety days.",
					"No migrant shall be returned to a place where their life or freedom would be threatened."),
			FocusArea.D, List.of(
					"Private recruitment agencies shall be licensed and shall not charge recruitment fees to workers.",
					"Employment contracts of workers going abroad shall be registered before departure."),
			FocusArea.G, List.of(
					"Returning nationals shall be offered counselling, training and support to start a business.",
					"Assisted voluntary return shall be preferred to removal."),
			FocusArea.H, List.of(
					"Language courses and recognition of qualifications shall be open to every resident migrant."),
			FocusArea.I, List.of(
					"The ministry responsible for migration shall review this framework every five years after consulting other States' approaches.",
					"An inter-ministerial committee shall coordinate migration policy.")),
			"fr", Map.of(
			FocusArea.A, List.of(
					"L'État réduit le coût des transferts de fonds et favorise des canaux de transfert sûrs.",
					"Un guichet de la diaspora tient un registre des compétences offertes par les ressortissants à l'étranger."),
			FocusArea.B, List.of(
					"Les postes frontières contrôlent les documents de voyage et partagent les alertes avec les États voisins.",
					"Les voyageurs réguliers peuvent utiliser des files rapides après enregistrement."),
			FocusArea.C, List.of(
					"Les victimes de la traite reçoivent un hébergement, une aide juridique et un délai de réflexion de quatre-vingt-dix jours.",
					"Aucun migrant n'est renvoyé vers un lieu où sa vie ou sa liberté serait menacée."),
			FocusArea.H, List.of(
					"Les cours de langue et la reconnaissance des diplômes sont ouverts à tous les migrants résidents."),
			FocusArea.I, List.of(
					"Le ministère chargé des migrations révise ce cadre tous les cinq ans après avoir examiné les approches d'autres États.",
					"Un comité interministériel coordonne la politique migratoire."),
			FocusArea.X, List.of(
					"Les ressortissants des États parties circulent librement et séjournent jusqu'à quatre-vingt-dix jours sans visa.")),
			"es", Map.of(
			FocusArea.B, List.of(
					"Los puestos fronterizos verifican los documentos de viaje y comparten alertas con los Estados vecinos.",
					"Los viajeros frecuentes pueden usar carriles rápidos tras su registro."),
			FocusArea.C, List.of(
					"Las víctimas de trata reciben alojamiento, asistencia jurídica y un periodo de reflexión de noventa días.",
					"Ninguna persona migrante será devuelta a un lugar donde su vida o libertad corran peligro."),
			FocusArea.D, List.of(
					"Las agencias privadas de contratación deben contar con licencia y no pueden cobrar comisiones a los trabajadores.",
					"Los contratos de los trabajadores temporeros se registran antes de la salida."),
			FocusArea.G, List.of(
					"Las personas retornadas reciben orientación, formación y apoyo para emprender un negocio.",
					"Se prefiere el retorno voluntario asistido a la expulsión."),
			FocusArea.H, List.of(
					"Los cursos de idioma y el reconocimiento de títulos están abiertos a todas las personas migrantes residentes."),
			FocusArea.I, List.of(
					"El ministerio encargado de las migraciones revisa este marco cada cinco años tras estudiar los enfoques de otros Estados.",
					"Un comité interministerial coordina la política migratoria."),
			FocusArea.X, List.of(
					"Las partes cooperan en la selección, el viaje y el retorno de los trabajadores temporeros.")));

}
