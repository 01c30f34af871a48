package org.linli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** The module and feature rules of the house style, checked on the compiled classes. */
class ArchitectureTest {

  private static final String[] FEATURES = {
    "auth",
    "community",
    "audit",
    "moderation",
    "survey",
    "notice",
    "resident",
    "activity",
    "timebank",
    "vote",
    "deliberation",
    "skill",
    "goods"
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.linli");
  }

  @Test
  void layersDependOneWay_apiToServiceToPersistence() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.linli..")
        .layer("Api")
        .definedBy("org.linli.api..")
        .layer("Contract")
        .definedBy("org.linli.contract..")
        .layer("Service")
        .definedBy("org.linli.service..")
        .layer("Persistence")
        .definedBy("org.linli.persistence..")
        .whereLayer("Api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Contract")
        .mayOnlyBeAccessedByLayers("Api")
        .whereLayer("Service")
        .mayOnlyBeAccessedByLayers("Api")
        .whereLayer("Persistence")
        .mayOnlyBeAccessedByLayers("Service")
        .check(classes);
  }

  @Test
  void apiNeverReachesIntoPersistence() {
    noClasses()
        .that()
        .resideInAPackage("org.linli.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.linli.persistence..", "com.baomidou..", "org.apache.ibatis..")
        .check(classes);
  }

  @Test
  void wxJavaIsOnlyUsedInServiceWechat() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.linli.service.wechat..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("cn.binarywang..", "me.chanjar..")
        .check(classes);
  }

  @Test
  void myBatisPlusStaysInPersistence() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.linli.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.baomidou..", "org.apache.ibatis..")
        .check(classes);
  }

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("org.linli.service.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("org.linli.api.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("org.linli.persistence.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void featuresUseEachOthersServicesNeverMappers() {
    for (String feature : FEATURES) {
      noClasses()
          .that()
          .resideInAPackage("org.linli.service." + feature + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(otherPersistenceFeatures(feature))
          .check(classes);
    }
  }

  private static String[] otherPersistenceFeatures(String feature) {
    return java.util.stream.Stream.of(FEATURES)
        .filter(f -> !f.equals(feature))
        .map(f -> "org.linli.persistence." + f + "..")
        .toArray(String[]::new);
  }

  @Test
  void controllersArePackagePrivateAndLiveInTheApi() {
    classes()
        .that()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic()
        .andShould()
        .resideInAPackage("org.linli.api..")
        .andShould()
        .haveSimpleNameEndingWith("Controller")
        .check(classes);
  }

  @Test
  void noFieldInjection() {
    noFields().should().beAnnotatedWith(Autowired.class).check(classes);
  }
}
