package io.switchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The module-spanning rules of docs/architecture.md, checked over the compiled classes of every module (the ejb
 * module's own rules, such as its package tower, live in its tests).
 */
class ModulesArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.switchboard");

    @Test
    void screensAndResourcesNeverTouchTheEntityManager() {
        noClasses()
                .that()
                .resideInAnyPackage("io.switchboard.admin..", "io.switchboard.api..", "io.switchboard.security..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(ALL);
    }

    @Test
    void entitiesHaveNoPublicSetters() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class)
                .and()
                .arePublic()
                .should()
                .haveNameMatching("set[A-Z].*")
                .check(ALL);
    }

    @Test
    void decisionLogicIsPlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage("..logic..", "io.switchboard.conditions")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax.sql..", "org.eclipse..", "org.primefaces..")
                .check(ALL);
    }

    @Test
    void decisionLogicNeverReadsTheClock() {
        noClasses()
                .that()
                .resideInAnyPackage("..logic..", "io.switchboard.conditions")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .check(ALL);
    }
}
