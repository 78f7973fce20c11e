package nl.loket;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Loket: the customer support center of a web-hosting provider, in one executable jar. Started
 * without arguments it serves the web application; {@code import-faq FILE} runs that command
 * against the configured database and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Loket", sharedModules = "shared")
public class LoketApplication {

    static final Set<String> COMMANDS = Set.of("import-faq");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            var context = new SpringApplicationBuilder(LoketApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("loket.command=" + args[0], "spring.main.banner-mode=off", "logging.level.root=WARN")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(LoketApplication.class, args);
    }
}
