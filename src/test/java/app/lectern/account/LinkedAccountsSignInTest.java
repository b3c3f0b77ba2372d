package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.testsupport.LecternSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts a learning platform vouches for: no password signs them in, and ordinary accounts are never changed. */
@LecternSpringTest
class LinkedAccountsSignInTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    SessionSignIn sessionSignIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLinkedAccountCannotSignInWithAnyPasswordButIsSignedInByTheLaunch() {
        UserRef linked = accounts.createLinked("Olena Koval", Role.STUDENT);
        assertThat(linked.loginName()).startsWith("lti-olena-");
        for (String guess : new String[] {"", AccountService.NO_PASSWORD, "!signs-in-through-a-learning-platform"}) {
            assertThatThrownBy(() -> authenticationManager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(linked.loginName(), guess)))
                    .isInstanceOf(AuthenticationException.class);
        }
        UserRef signedIn = sessionSignIn.signInLinked(linked.id(), linked.loginName());
        assertThat(signedIn.id()).isEqualTo(linked.id());
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo(linked.loginName());
    }

    @Test
    void unusableNamesBecomeANeutralOneAndLongOnesAreCut() {
        assertThat(accounts.createLinked("\u202e\u200b", Role.STUDENT).displayName())
                .isEqualTo("Learner");
        assertThat(accounts.createLinked(null, Role.TEACHER).displayName()).isEqualTo("Learner");
        assertThat(accounts.createLinked("A".repeat(300), Role.STUDENT).displayName())
                .hasSize(AccountService.MAX_DISPLAY_NAME);
    }

    @Test
    void aLinkedAccountMayGetTheOtherRoleButAnOrdinaryAccountNever() {
        UserRef linked = accounts.createLinked("Sam", Role.STUDENT);
        assertThat(accounts.addLinkedRole(linked.id(), Role.TEACHER).roles())
                .containsExactlyInAnyOrder(Role.STUDENT, Role.TEACHER);
        UserRef ordinary = accounts.createStudent("Ordinary Student", "owl-lemon-kite-42");
        assertThatThrownBy(() -> accounts.addLinkedRole(ordinary.id(), Role.TEACHER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createLinked("Eve", Role.ADMIN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkedAccountHasNoPasswordToChangeAndSaysSo() {
        UserRef linked = accounts.createLinked("Olena Koval", Role.STUDENT);
        UserRef ordinary = accounts.createStudent("Ordinary Student", "owl-lemon-kite-42");
        assertThat(accounts.hasPassword(linked.id())).isFalse();
        assertThat(accounts.hasPassword(ordinary.id())).isTrue();

        sessionSignIn.signInLinked(linked.id(), linked.loginName());
        assertThatThrownBy(() -> accounts.changeOwnPassword("anything", "a-new-password-42", "a-new-password-42"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.error.linked-no-password"));
    }
}
