package dev.grace.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering rules, checked against Grace's production classes; then each rule against a small fixture
 * tree that breaks it, to prove the rule can fail (a rule that checks nothing would pass both ways).
 */
class ArchitectureTest {
    private static final String GRACE = "dev.grace";
    private static final String FIXTURES = "dev.grace.bootstrap.architecture.fixture";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(GRACE);
    }

    @TestFactory
    Stream<DynamicTest> productionCodeFollowsEveryRule() {
        assertThat(production.containPackage(GRACE + ".domain")).as("domain classes imported").isTrue();
        assertThat(production.containPackage(GRACE + ".application.service")).as("services imported").isTrue();
        return HexagonalRules.all(GRACE).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                broken("domainreachesout", HexagonalRules::domainDependsOnlyOnTheJdk, "Room"),
                broken("jdbcindomain", HexagonalRules::coreUsesNoFramework, "java.sql.Connection"),
                broken("adapterinapplication", HexagonalRules::applicationDependsOnlyOnJdkAndDomain, "QuoteService"),
                broken("springincore", HexagonalRules::coreUsesNoFramework, "Scheduled"),
                broken("portknowsservice", HexagonalRules::inboundPortsDoNotKnowServices, "QuoteUseCase"),
                broken("adapterstalk", HexagonalRules::adaptersDoNotDependOnEachOther, "Messages"),
                broken("cycle", HexagonalRules::noPackageCycles, "Cycle"),
                broken("vaguename", HexagonalRules::noVagueClassNames, "BookingManager"));
    }

    private static Arguments broken(String fixture, Function<String, ArchRule> rule, String culprit) {
        String root = FIXTURES + "." + fixture;
        return Arguments.of(fixture, rule.apply(root), root, culprit);
    }

    @ParameterizedTest(name = "{0} breaks its rule")
    @MethodSource("brokenFixtures")
    void eachRuleReportsTheFixtureThatBreaksIt(String fixture, ArchRule rule, String root, String culprit) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertThat(classes).as("fixture %s has classes", fixture).isNotEmpty();

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as("rule '%s' on fixture %s", rule.getDescription(), fixture).isTrue();
        assertThat(result.getFailureReport().toString()).contains(culprit);
    }
}
