package org.migracap;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * House conventions of STYLE.md, made executable.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.migracap");

	@Test
	void noLayerPackagesAtTheTop() {
		noClasses().should()
			.resideInAnyPackage("org.migracap.controller..", "org.migracap.service..", "org.migracap.repository..",
					"org.migracap.model..", "org.migracap.entity..", "org.migracap.dto..", "org.migracap.util..")
			.check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void entitiesAreNotPublic() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void repositoriesAreNotPublicAndNamedAsPluralNouns() {
		classes().that()
			.areAssignableTo(Repository.class)
			.and()
			.areInterfaces()
			.should()
			.notBePublic()
			.andShould()
			.haveSimpleNameNotEndingWith("Repository")
			.check(CLASSES);
	}

	@Test
	void everyEntityIsAuditedAndVersioned() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.and()
			.areNotAnnotatedWith(RevisionEntity.class)
			.should()
			.beAnnotatedWith(Audited.class)
			.andShould(haveAVersionField())
			.check(CLASSES);
	}

	@Test
	void domainDoesNotDependOnWeb() {
		noClasses().that()
			.resideInAPackage("org.migracap.*.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.migracap.*.web..")
			.check(CLASSES);
	}

	/**
	 * One shape for one idea (issue 17, point 5): two public enums of different modules with the same constants are
	 * the same idea written twice (as {@code assessment.Confidentiality} and {@code cooperation.Visibility} were); the
	 * shared one lives in {@code platform}.
	 */
	@Test
	void noTwoModulesDeclareTheSameEnum() {
		Map<String, List<String>> byConstants = CLASSES.stream()
			.filter(type -> type.isEnum() && type.getModifiers().contains(JavaModifier.PUBLIC)
					&& type.getEnumConstants().size() > 1)
			.collect(Collectors.groupingBy(
					type -> type.getEnumConstants().stream().map(JavaEnumConstant::name).sorted().toList().toString(),
					TreeMap::new, Collectors.mapping(JavaClass::getName, Collectors.toList())));
		List<String> twice = byConstants.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.map(e -> e.getKey() + " in " + e.getValue())
			.toList();
		assertThat(twice).as("public enums declared twice").isEmpty();
	}

	/**
	 * One shape for one idea (issue 17, point 5): a text in the three IOM languages is {@code platform.Text}, used by
	 * entities, views and the API alike (there were {@code assessment.Text}, {@code assessment.domain.LocalizedText}
	 * and {@code workshop.domain.Texts}). Forms and request bodies of the web packages bind the three fields with their
	 * own size limits and turn them into a {@code Text}.
	 */
	@Test
	void aTextInTheThreeLanguagesIsPlatformText() {
		List<String> others = CLASSES.stream()
			.filter(type -> !type.isEquivalentTo(org.migracap.platform.Text.class))
			.filter(type -> !type.getPackageName().matches("org\\.migracap\\.[a-z]+\\.web(\\..*)?"))
			.filter(type -> Stream.of("en", "fr", "es")
				.allMatch(name -> type.getFields()
					.stream()
					.anyMatch(f -> f.getName().equals(name) && f.getRawType().isEquivalentTo(String.class)
							&& !f.getModifiers().contains(JavaModifier.STATIC))))
			.map(JavaClass::getName)
			.sorted()
			.toList();
		assertThat(others).as("classes other than platform.Text with String fields en, fr and es").isEmpty();
	}

	private static ArchCondition<JavaClass> haveAVersionField() {
		return new ArchCondition<>("have a field annotated with @Version (optimistic locking)") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				boolean versioned = item.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(Version.class));
				if (!versioned) {
					events.add(SimpleConditionEvent.violated(item, item.getName() + " has no @Version field"));
				}
			}
		};
	}

	static boolean isPublic(JavaClass type) {
		return type.getModifiers().contains(JavaModifier.PUBLIC);
	}

}
