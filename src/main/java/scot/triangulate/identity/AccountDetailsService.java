package scot.triangulate.identity;

import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** A person's local account with their rights: installation roles and the role in each partnership. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.Credentials credentials = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        Account account = credentials.account();
        return new SignedInAccount(account.username(), credentials.passwordHash(), account.enabled(),
                account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                accounts.membershipsByUsername(account.username()).stream()
                        .collect(Collectors.toMap(Membership::partnership, Membership::role)));
    }

    /** A person as the acting person of work done on their behalf (the demo data), with their current rights. */
    Authentication actingAs(String username) {
        UserDetails details = loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}
