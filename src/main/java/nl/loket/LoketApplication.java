package nl.loket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Loket: the customer support center of a web-hosting provider, in one executable jar. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Loket", sharedModules = "shared")
public class LoketApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoketApplication.class, args);
    }
}
