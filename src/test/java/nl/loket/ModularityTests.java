package nl.loket;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another's internals or the modules form a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LoketApplication.class);

    @Test
    void modules_only_use_each_others_published_api_and_declared_dependencies() {
        modules.verify();
    }

    @Test
    void module_documentation_is_generated_from_the_code() {
        new Documenter(modules).writeDocumentation();
    }
}
