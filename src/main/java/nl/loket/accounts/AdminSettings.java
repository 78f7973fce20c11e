package nl.loket.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created on first start with an empty database.
 *
 * @param email {@code LOKET_ADMIN_EMAIL}
 * @param password {@code LOKET_ADMIN_PASSWORD}; empty means: generate one and print it once
 */
@ConfigurationProperties("loket.admin")
record AdminSettings(String email, String password) {

    AdminSettings {
        email = email == null || email.isBlank() ? "admin@localhost" : email.strip();
        password = password == null ? "" : password;
    }
}
