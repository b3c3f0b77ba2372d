package app.lectern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The project's classes, imported by ArchUnit once per test run (a JVM fork, on first use) and shared by the tests
 * that read them: the import resolves the libraries' classes too and takes seconds.
 */
final class ProjectClasses {

    private static final ImportOption MAIN_CODE = new ImportOption.DoNotIncludeTests();

    private static final JavaClasses ALL = new ClassFileImporter()
            // Spring AOT's generated bean definitions (Foo__BeanDefinitions, in target/classes after a package)
            // wire every bean to every other one; they are not our code
            .withImportOption(location -> !location.contains("__"))
            .importPackages("app.lectern");

    private static final JavaClasses MAIN = ALL.that(DescribedPredicate.describe(
            "main code",
            (JavaClass c) -> c.getSource()
                    .map(source -> MAIN_CODE.includes(Location.of(source.getUri())))
                    .orElse(false)));

    private ProjectClasses() {}

    /** The main code. */
    static JavaClasses main() {
        return MAIN;
    }

    /** The main and the test code (tests declare navigation targets too). */
    static JavaClasses withTests() {
        return ALL;
    }
}
