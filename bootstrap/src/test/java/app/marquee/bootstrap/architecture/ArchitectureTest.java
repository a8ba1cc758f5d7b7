package app.marquee.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hexagon's arrows point inward: bootstrap -> adapters -> application -> domain. Every rule
 * fails if the classes it speaks of are missing (failOnEmptyShould), so none checks nothing.
 */
class ArchitectureTest {
    /** Classes Micronaut's annotation processors write ($Definition, $Intercepted, ...). */
    private static final DescribedPredicate<JavaClass> HAND_WRITTEN =
            DescribedPredicate.describe("hand-written", type -> !type.getName().contains("$Definition")
                    && !type.getName().contains("$Intercepted") && !type.getName().contains("$Introspection")
                    && !type.getSimpleName().startsWith("$"));
    private static JavaClasses marquee;

    @BeforeAll
    static void importClasses() {
        marquee = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.marquee");
    }

    @Test
    void theDomainIsPlainJava() {
        classes().that().resideInAPackage("app.marquee.domain..").and(HAND_WRITTEN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.marquee.domain..")
                .check(marquee);
    }

    @Test
    void theDomainKnowsNoFrameworkNoJdbcAndNoJakarta() {
        noClasses().that().resideInAPackage("app.marquee.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax..", "jakarta..",
                        "io.micronaut..")
                .because("the rules must stay plain Java, whatever the adapters are built with")
                .check(marquee);
    }

    @Test
    void theApplicationUsesNoFrameworkNoJdbcAndNoAdapter() {
        noClasses().that().resideInAPackage("app.marquee.application..").and(HAND_WRITTEN)
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "java.sql..", "javax.sql..",
                        "app.marquee.adapter..", "app.marquee.bootstrap..")
                .check(marquee);
        noClasses().that().resideInAPackage("app.marquee.application..").and(HAND_WRITTEN)
                .should().dependOnClassesThat(DescribedPredicate.describe("jakarta other than inject and transaction",
                        type -> type.getPackageName().startsWith("jakarta.")
                                && !type.getPackageName().startsWith("jakarta.inject")
                                && !type.getPackageName().startsWith("jakarta.transaction")))
                .check(marquee);
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        slices().matching("app.marquee.adapter.(*)..").should().notDependOnEachOther().check(marquee);
    }

    @Test
    void drivingAdaptersCallOnlyInboundPorts() {
        noClasses().that().resideInAnyPackage("app.marquee.adapter.rest.web..", "app.marquee.adapter.rest.security..")
                .and(HAND_WRITTEN)
                .should().dependOnClassesThat().resideInAnyPackage("app.marquee.application..service..",
                        "app.marquee.application..port.out..")
                .because("controllers talk to use cases through port.in")
                .check(marquee);
        noClasses().that().resideInAPackage("app.marquee.adapter..").and(HAND_WRITTEN)
                .should().dependOnClassesThat().resideInAnyPackage("app.marquee.application..service..")
                .because("adapters see the application only through its ports")
                .check(marquee);
    }

    @Test
    void drivenAdaptersOnlyImplementOutboundPorts() {
        noClasses().that().resideInAnyPackage("app.marquee.adapter.persistence..",
                        "app.marquee.adapter.rest.credentials..", "app.marquee.adapter.media..",
                        "app.marquee.adapter.payment..").and(HAND_WRITTEN)
                .should().dependOnClassesThat().resideInAnyPackage("app.marquee.application..port.in..")
                .because("driven adapters serve the core through port.out and never drive a use case")
                .check(marquee);
    }

    @Test
    void theMediaAdapterServesTheCoreThroughOutboundPorts() {
        classes().that().resideInAPackage("app.marquee.adapter.media..").and(HAND_WRITTEN).and().arePublic()
                .and().areNotInterfaces()
                .should().implement(DescribedPredicate.describe("an outbound port",
                        type -> type.getPackageName().contains(".port.out")))
                .check(marquee);
    }

    @Test
    void portsAreNamedForWhatTheyAre() {
        classes().that().resideInAPackage("..port.in..").and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("UseCase").orShould().haveSimpleNameEndingWith("Query")
                .check(marquee);
        classes().that().resideInAPackage("..port.out..").and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Port").check(marquee);
        noClasses().that().resideInAPackage("..port.in..").should().dependOnClassesThat()
                .resideInAPackage("..port.out..").check(marquee);
        noClasses().that().resideInAPackage("..port.out..").should().dependOnClassesThat()
                .resideInAPackage("..port.in..").check(marquee);
    }

    @Test
    void controllersNeverReturnDomainTypes() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class).and().arePublic()
                .should(new ArchCondition<>("not return domain types, even inside generics") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass involved : method.getReturnType().getAllInvolvedRawTypes()) {
                            if (involved.getPackageName().startsWith("app.marquee.domain")) {
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " returns " + involved.getName()));
                            }
                        }
                    }
                })
                .check(marquee);
    }
}
