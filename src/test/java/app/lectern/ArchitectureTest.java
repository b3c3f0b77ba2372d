package app.lectern;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** Module boundaries: plain-Java domain code, views that go through services, no cycles between packages. */
class ArchitectureTest {

    private static final String ROOT = "app.lectern.";

    private final JavaClasses classes = ProjectClasses.main();

    @Test
    void theRulesReadTheMainCodeOnly() {
        assertThat(classes.contain(Application.class)).isTrue();
        assertThat(classes.contain(ProjectClasses.class)).isFalse();
    }

    @Test
    void domainCodeIsPlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "app.lectern.content..",
                        "app.lectern.question..",
                        "app.lectern.scoring..",
                        "app.lectern.answering..",
                        "app.lectern.lint..",
                        "app.lectern.reader")
                .and()
                .resideOutsideOfPackage("app.lectern..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..")
                .because("content records, grading and the linter are tested in milliseconds, without a framework")
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositoriesOrPersistence() {
        noClasses()
                .that()
                .resideInAPackage("app.lectern..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..")
                .because("views call application services, which own transactions and checks")
                .check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .should()
                .notBePublic()
                .because("only the feature's service may use its repositories")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoViews() {
        noClasses()
                .that()
                .resideOutsideOfPackage("app.lectern..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.lectern..ui..")
                .because("features expose services; only views depend on views")
                .check(classes);
    }

    @Test
    void onlyTheClassroomServiceCreatesOrDisablesStudentAccounts() {
        noClasses()
                .that()
                .resideOutsideOfPackage("app.lectern.account")
                .and()
                .doNotHaveFullyQualifiedName("app.lectern.classroom.roster.RosterService")
                .should()
                .callMethodWhere(describe(
                        "AccountService.createStudent or disable",
                        call -> call.getTarget().getOwner().getName().equals("app.lectern.account.AccountService")
                                && (call.getName().equals("createStudent")
                                        || call.getName().equals("disable"))))
                .because("the class code and the teacher's ownership of the class are checked there, first")
                .check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().assignedFrom(FEATURES)
                .should()
                .beFreeOfCycles()
                .because("a feature (with its views) builds on lower ones; the shell (ui) depends on no feature")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("app.lectern.(**)")
                .should()
                .beFreeOfCycles()
                // one folder per question type: the registries at the top (QuestionTypes, QuestionInputs) list the
                // types, and each type implements the contract declared beside them
                .ignoreDependency(
                        resideInAPackage("app.lectern.question.."), resideInAPackage("app.lectern.question.."))
                .because("a feature's views may use its own API and other features' views, never the other way round")
                .check(classes);
    }

    @Test
    void vaadinOnlyInViews() {
        noClasses()
                .that()
                .resideOutsideOfPackages("app.lectern..ui..", "app.lectern.i18n..")
                .and()
                .doNotHaveFullyQualifiedName("app.lectern.Application")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("services and domain code serve any front end and are tested without one")
                .check(classes);
    }

    /**
     * One slice per feature, its views included ({@code app.lectern.<feature>..}). The module loader is its own
     * slice: it binds YAML to the registered question types, so it sits above both {@code content} and
     * {@code question}. Classes in {@code app.lectern} itself (the application) wire everything and are left out.
     */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            String sub = pkg.substring(ROOT.length());
            if (sub.equals("content.load") || sub.startsWith("content.load.")) {
                return SliceIdentifier.of("content.load");
            }
            int dot = sub.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? sub : sub.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "features of app.lectern (content.load apart)";
        }
    };
}
