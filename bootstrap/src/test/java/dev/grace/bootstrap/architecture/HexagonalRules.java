package dev.grace.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Grace's layering rules, written against a root package so that the same rule runs on the real code
 * ({@code dev.grace}) and on small fixture trees that break it on purpose.
 */
final class HexagonalRules {
    private HexagonalRules() {
    }

    static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .as("domain depends only on the JDK")
                .because("the hotel's rules must not change when a framework or database does");
    }

    static ArchRule applicationDependsOnlyOnJdkAndDomain(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .as("application depends only on the JDK and the domain")
                .because("use cases are plain Java; adapters plug in through ports");
    }

    static ArchRule coreUsesNoFramework(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax..", "com.fasterxml.jackson..",
                        "tools.jackson..", "java.sql..", "lombok..")
                .as("domain and application use no Spring, jakarta, Jackson, Lombok or java.sql")
                .because("frameworks and JDBC belong in the adapters and bootstrap");
    }

    static ArchRule inboundPortsDoNotKnowServices(String root) {
        return noClasses().that().resideInAPackage(root + ".application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .as("port.in does not depend on service")
                .because("callers see use-case interfaces, never their implementations");
    }

    /** Every {@code adapter.in.X} and {@code adapter.out.Y} is its own slice, so a new adapter is covered as it appears. */
    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.(*).(*)..")
                .should().notDependOnEachOther()
                .as("adapters do not depend on each other")
                .because("adapters meet only through the application's ports");
    }

    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .as("no package cycles");
    }

    static ArchRule noVagueClassNames(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .as("no *Impl, *Util, *Manager or *Helper names")
                .because("a name says what a thing is in hotel language");
    }

    static List<ArchRule> all(String root) {
        return List.of(
                domainDependsOnlyOnTheJdk(root),
                applicationDependsOnlyOnJdkAndDomain(root),
                coreUsesNoFramework(root),
                inboundPortsDoNotKnowServices(root),
                adaptersDoNotDependOnEachOther(root),
                noPackageCycles(root),
                noVagueClassNames(root));
    }
}
