package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Registrations as an administrator keeps them, and the tool's keys as platforms see them. */
@LecternSpringTest
class RegistrationsAndKeysTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    LtiRegistrations registrations;

    @Autowired
    ToolKeys keys;

    ClassroomTestUsers users;
    UserRef admin;

    @BeforeEach
    void setUp() {
        users = new ClassroomTestUsers(accounts, userDetails);
        admin = users.teacher("Admin Keys");
        TestAdmins.make(accounts, admin.loginName());
        users.signIn(admin.loginName());
    }

    @AfterEach
    void tearDown() {
        ClassroomTestUsers.signOut();
    }

    LtiRegistrations.Form form(String issuer) {
        return new LtiRegistrations.Form(
                "Moodle " + UUID.randomUUID(),
                issuer,
                "client-1",
                "1\n2, 3",
                "https://moodle.example/mod/lti/certs.php",
                "https://moodle.example/mod/lti/auth.php",
                "https://moodle.example/mod/lti/token.php");
    }

    @Test
    void aRegistrationIsSavedWithItsDeploymentsAndFoundByIssuerAndClientId() {
        String issuer = "https://moodle-" + UUID.randomUUID() + ".example";
        LtiRegistration saved = registrations.create(form(issuer));
        assertThat(saved.deploymentIds()).containsExactly("1", "2", "3");
        assertThat(registrations.find(issuer, "client-1")).contains(saved);
        assertThat(registrations.findByIssuer(issuer)).containsExactly(saved);
        assertThat(registrations.all()).contains(saved);
    }

    @Test
    void theSameIssuerAndClientIdTwiceIsRefused() {
        String issuer = "https://moodle-" + UUID.randomUUID() + ".example";
        registrations.create(form(issuer));
        assertThatThrownBy(() -> registrations.create(form(issuer)))
                .isInstanceOf(LtiException.class)
                .hasMessage("lti.registration.error.duplicate");
    }

    @Test
    void badValuesAreRefusedWithTheirFieldsKey() {
        String issuer = "https://moodle-" + UUID.randomUUID() + ".example";
        LtiRegistrations.Form ok = form(issuer);
        assertThatThrownBy(() -> registrations.create(new LtiRegistrations.Form(
                        "",
                        ok.issuer(),
                        ok.clientId(),
                        ok.deploymentIds(),
                        ok.platformJwks(),
                        ok.authorizationEndpoint(),
                        ok.tokenEndpoint())))
                .hasMessage("lti.registration.error.name");
        assertThatThrownBy(() -> registrations.create(new LtiRegistrations.Form(
                        ok.name(),
                        "http://moodle.example",
                        ok.clientId(),
                        ok.deploymentIds(),
                        ok.platformJwks(),
                        ok.authorizationEndpoint(),
                        ok.tokenEndpoint())))
                .hasMessage("lti.registration.error.issuer");
        assertThatThrownBy(() -> registrations.create(new LtiRegistrations.Form(
                        ok.name(),
                        ok.issuer(),
                        ok.clientId(),
                        " \n ",
                        ok.platformJwks(),
                        ok.authorizationEndpoint(),
                        ok.tokenEndpoint())))
                .hasMessage("lti.registration.error.deployments");
        assertThatThrownBy(() -> registrations.create(new LtiRegistrations.Form(
                        ok.name(),
                        ok.issuer(),
                        ok.clientId(),
                        ok.deploymentIds(),
                        "https://user:pw@moodle.example/k",
                        ok.authorizationEndpoint(),
                        ok.tokenEndpoint())))
                .hasMessage("lti.registration.error.jwks");
        assertThatThrownBy(() -> registrations.create(new LtiRegistrations.Form(
                        ok.name(),
                        ok.issuer(),
                        "c".repeat(256),
                        ok.deploymentIds(),
                        ok.platformJwks(),
                        ok.authorizationEndpoint(),
                        ok.tokenEndpoint())))
                .hasMessage("lti.registration.error.client-id");
        assertThat(registrations.findByIssuer(issuer)).isEmpty();
    }

    @Test
    void nonAdministratorsCannotRegisterListOrRotate() {
        UserRef teacher = users.teacher("Plain Teacher");
        users.signIn(teacher.loginName());
        assertThatThrownBy(() -> registrations.create(form("https://x-" + UUID.randomUUID() + ".example")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(registrations::all).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(keys::rotate).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rotationSignsWithTheNewKeyAndKeepsTheOldOnePublishedForAWeek() throws Exception {
        String old = keys.activeKeyId();
        String fresh = keys.rotate();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(keys.activeKeyId()).isEqualTo(fresh);
        assertThat(keys.publicKeys().getKeyByKeyId(old)).isNotNull();

        SignedJWT signed = SignedJWT.parse(
                keys.sign(new JWTClaimsSet.Builder().issuer("me").build()));
        assertThat(signed.getHeader().getKeyID()).isEqualTo(fresh);
        RSAKey key = (RSAKey) keys.publicKeys().getKeyByKeyId(fresh);
        assertThat(key.isPrivate()).isFalse();
        assertThat(signed.verify(new RSASSAVerifier(key))).isTrue();

        TestClock.get().advance(ToolKeys.RETIRED_KEPT.plusHours(1));
        assertThat(keys.publicKeys().getKeyByKeyId(old)).isNull();
        assertThat(keys.publicKeys().getKeyByKeyId(fresh)).isNotNull();
    }
}
