package nl.loket.tickets.servicelevel;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import nl.loket.accounts.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which service level each customer has. A customer nobody chose a level for has the default plan
 * (Best Effort as shipped); guests always have it. New tickets take their customer's level.
 */
@Service
public class CustomerServiceLevels {

    /** A customer's level and whether it was chosen for them (false: the default applies). */
    public record CustomerLevel(ServiceLevelDetails level, boolean chosen) {}

    private final JdbcTemplate jdbc;
    private final ServiceLevels levels;
    private final Clock clock;

    CustomerServiceLevels(JdbcTemplate jdbc, ServiceLevels levels, Clock clock) {
        this.jdbc = jdbc;
        this.levels = levels;
        this.clock = clock;
    }

    /** The level a new ticket of this requester gets: the customer's, or the default for a guest. */
    public Optional<ServiceLevelDetails> forRequester(@Nullable AccountId customer) {
        if (customer == null) {
            return levels.cachedDefault();
        }
        var found = of(customer);
        return found == null ? levels.cachedDefault() : Optional.of(found.level());
    }

    /** The customer's level; null only when no plan exists at all. */
    @Transactional(readOnly = true)
    public @Nullable CustomerLevel of(AccountId customer) {
        var chosen = jdbc.queryForList(
                "select service_level_id from customer_service_level where customer_id = ?",
                Long.class,
                customer.value());
        if (!chosen.isEmpty()) {
            var level = levels.cached(chosen.getFirst());
            if (level.isPresent()) {
                return new CustomerLevel(level.get(), true);
            }
        }
        return levels.cachedDefault()
                .map(level -> new CustomerLevel(level, false))
                .orElse(null);
    }

    /**
     * Gives the customer a level; later tickets take it, open ones keep theirs.
     *
     * @throws ServiceLevelProblem of kind {@code UNKNOWN_LEVEL} for a plan that does not exist
     */
    @Transactional
    public void choose(AccountId customer, long levelId, AccountId by) {
        if (levels.find(levelId).isEmpty()) {
            throw new ServiceLevelProblem(ServiceLevelProblem.Kind.UNKNOWN_LEVEL);
        }
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.update(
                "update customer_service_level set service_level_id = ?, changed_at = ?, changed_by = ?"
                        + " where customer_id = ?",
                levelId,
                now,
                by.value(),
                customer.value());
        if (updated == 0) {
            jdbc.update(
                    "insert into customer_service_level (customer_id, service_level_id, changed_at, changed_by)"
                            + " values (?, ?, ?, ?)",
                    customer.value(),
                    levelId,
                    now,
                    by.value());
        }
    }
}
