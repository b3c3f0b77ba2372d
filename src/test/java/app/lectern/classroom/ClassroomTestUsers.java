package app.lectern.classroom;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real accounts for classroom tests, and signing them in the way a login does: the services read the user from
 * Spring Security's context, backed by {@code app_user}.
 */
public final class ClassroomTestUsers {

    /** The password of every account created here. */
    public static final String PASSWORD = "correct-horse-battery";

    private final AccountService accounts;
    private final UserDetailsService userDetails;

    /** Uses the application's account beans. */
    public ClassroomTestUsers(AccountService accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** A new teacher account with a unique login name. */
    public UserRef teacher(String displayName) {
        String login = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.signUpTeacher(displayName, login, PASSWORD, null);
    }

    /** A new student account, created as a visitor joining would (whoever is signed in stays signed in). */
    public UserRef student(String displayName) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        try {
            return accounts.createStudent(displayName, PASSWORD);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Signs the user in for the current thread. */
    public void signIn(UserRef user) {
        signIn(user.loginName());
    }

    /** Signs the account with this login name in for the current thread. */
    public void signIn(String loginName) {
        UserDetails details = userDetails.loadUserByUsername(loginName);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    /** Signs out. */
    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
