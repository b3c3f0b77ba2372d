package app.lectern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Module boundaries: plain-Java domain code, views that go through services. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Spring AOT's generated bean definitions (Foo__BeanDefinitions, in target/classes after a package)
                // wire every bean to every other one; they are not our code
                .withImportOption(location -> !location.contains("__"))
                .importPackages("app.lectern");
    }

    @Test
    void contentQuestionsAndScoringArePlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage("app.lectern.content..", "app.lectern.question..", "app.lectern.scoring..")
                .and()
                .resideOutsideOfPackage("app.lectern..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..")
                .because("content records and grading are tested in milliseconds, without a framework")
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
                .doNotHaveFullyQualifiedName("app.lectern.classroom.ClassroomService")
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "AccountService.createStudent or disable",
                        call -> call.getTarget().getOwner().getName().equals("app.lectern.account.AccountService")
                                && (call.getName().equals("createStudent")
                                        || call.getName().equals("disable"))))
                .because("the class code and the teacher's ownership of the class are checked there, first")
                .check(classes);
    }
}
