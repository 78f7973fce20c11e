package nl.loket.accounts;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    /**
     * New hashes are Argon2id ({@code {argon2}…}); {@code {bcrypt}} hashes made before still verify
     * and are re-hashed with Argon2id at the next sign-in (see ADR 0006).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = "argon2";
        return new DelegatingPasswordEncoder(
                argon2,
                Map.of(
                        argon2,
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
