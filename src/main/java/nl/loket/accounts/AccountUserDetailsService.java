package nl.loket.accounts;

import nl.loket.shared.EmailAddress;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security's form sign-in find accounts by e-mail address, in any letter case. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = EmailAddress.isValid(username)
                ? accounts.findByEmail(EmailAddress.of(username).value())
                : java.util.Optional.<Account>empty();
        return account.map(AccountUserDetailsService::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No account for this address"));
    }

    private static UserDetails toUserDetails(Account account) {
        return User.withUsername(account.email().value())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
