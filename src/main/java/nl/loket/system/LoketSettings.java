package nl.loket.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings that hold for the whole application.
 *
 * @param dataDir where the embedded database, search index and attachments live
 *     ({@code LOKET_DATA_DIR}, default {@code ./data})
 * @param companyName the hosting provider's name, shown in the layout ({@code LOKET_COMPANY_NAME})
 */
@ConfigurationProperties("loket")
record LoketSettings(Path dataDir, String companyName) {

    LoketSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        companyName = companyName == null || companyName.isBlank() ? "Loket" : companyName.strip();
    }
}
