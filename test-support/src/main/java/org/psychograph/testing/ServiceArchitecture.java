package org.psychograph.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The package skeleton every service keeps (docs/architecture.md, ADR 0011), checked on the service's compiled
 * main classes with ArchUnit:
 * <ul>
 * <li>its top-level packages are the shared skeleton plus the feature packages it declares, nothing else, so what
 * one learns in one service transfers to the next;</li>
 * <li>no cycles between those packages;</li>
 * <li>only {@code api/} sees {@code api/}: rules, repositories and feature packages never depend on the GraphQL or
 * REST view types, so an API change cannot reach stored data or business rules;</li>
 * <li>no class of one service imports another service's classes: services talk over GraphQL only.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    /** Role packages every service may have (docs/architecture.md, "where does my change go"). */
    public static final Set<String> SKELETON =
            Set.of("api", "service", "repository", "model", "client", "config", "error", "security");
    /** Role packages every service does have, whatever it does. */
    public static final Set<String> REQUIRED = Set.of("api", "config", "error", "security");

    private static final List<String> SERVICES = List.of("survey", "segmentation", "persona", "gateway");

    private final String root;
    private final Set<String> features;
    private final JavaClasses classes;

    private ServiceArchitecture(String service, Set<String> features) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("unknown service " + service + "; one of " + SERVICES);
        }
        this.root = "org.psychograph." + service;
        this.features = Set.copyOf(features);
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
    }

    /** The architecture of {@code service} ({@code survey}, ...), whose own packages beside the skeleton are {@code features}. */
    public static ServiceArchitecture of(String service, Set<String> features) {
        return new ServiceArchitecture(service, features);
    }

    public JavaClasses classes() {
        return classes;
    }

    /** The service's top-level packages, as found in its classes. */
    public Set<String> topLevelPackages() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            if (name.length() > root.length()) {
                String rest = name.substring(root.length() + 1);
                int dot = rest.indexOf('.');
                found.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return found;
    }

    /** Checks every rule and throws an AssertionError listing what breaks them. */
    public void check() {
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + root + ": is the module compiled?");
        }
        List<String> problems = new ArrayList<>();
        Set<String> packages = topLevelPackages();
        for (String p : packages) {
            if (!SKELETON.contains(p) && !features.contains(p)) {
                problems.add("package " + root + "." + p + " is neither a skeleton package " + new TreeSet<>(SKELETON)
                        + " nor one of the service's declared feature packages " + new TreeSet<>(features));
            }
        }
        for (String p : REQUIRED) {
            if (!packages.contains(p)) {
                problems.add("the skeleton package " + root + "." + p + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        slices().matching(root + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .because("a package cycle means neither side can be understood or changed alone")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage(root + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".api..")
                .because("only api/ knows the API's view types: rules and stored data must not change with them")
                .check(classes);
        List<String> others = SERVICES.stream()
                .map(s -> "org.psychograph." + s + "..")
                .filter(p -> !p.equals(root + ".."))
                .toList();
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others.toArray(String[]::new))
                .because("services share nothing but their GraphQL contracts")
                .check(classes);
    }
}
