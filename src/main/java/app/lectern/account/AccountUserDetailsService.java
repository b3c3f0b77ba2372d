package app.lectern.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from {@code app_user} for Spring Security; disabled accounts are refused by Spring's checks. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserEntity user = users.findByLoginName(AccountService.normalizeLogin(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new AccountPrincipal(
                user.id(),
                user.loginName(),
                user.toRef().displayName(),
                user.passwordHash(),
                user.enabled(),
                authorities);
    }
}
