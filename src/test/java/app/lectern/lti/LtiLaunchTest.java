package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lectern.account.AccountService;
import app.lectern.account.Role;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.roster.RosterService;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Launches from a test platform through the real endpoints: the OIDC login, then the id token's post. Every check
 * of the launch has a test named after it that shows the launch refused with nothing made and nobody signed in.
 */
@LecternSpringTest
@RecordApplicationEvents
class LtiLaunchTest {

    static final String MODULE = "china-russia-ukraine";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    LtiRegistrations registrations;

    @Autowired
    LinkedAccounts linked;

    @Autowired
    LtiLinks links;

    @Autowired
    RosterService roster;

    @Autowired
    ApplicationEvents events;

    MockMvc mvc;
    TestPlatform platform;
    LtiRegistration registration;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        platform = new TestPlatform();
        registration = register(platform);
    }

    @AfterEach
    void tearDown() {
        platform.close();
        SecurityContextHolder.clearContext();
    }

    LtiRegistration register(TestPlatform p) {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef admin = users.teacher("Admin " + UUID.randomUUID().toString().substring(0, 4));
        TestAdmins.make(accounts, admin.loginName());
        users.signIn(admin.loginName());
        try {
            return registrations.create(p.form("Test platform " + UUID.randomUUID()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A started login: the state, the nonce and the state cookie Lectern gave the browser. */
    record Login(String state, String nonce, Cookie cookie, URI location) {}

    Login login() throws Exception {
        MvcResult result = mvc.perform(post("/lti/login")
                        .param("iss", platform.issuer())
                        .param("login_hint", "hint-1")
                        .param("target_link_uri", "http://localhost/lti/launch")
                        .param("client_id", platform.clientId())
                        .param("lti_message_hint", "message+hint&{x}"))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        URI location = URI.create(response.getRedirectedUrl());
        Map<String, String> q = query(location);
        String setCookie = response.getHeader("Set-Cookie");
        assertThat(setCookie)
                .contains("lti_state=" + q.get("state"))
                .contains("HttpOnly")
                .contains("Secure")
                .contains("SameSite=None")
                .contains("Path=/lti");
        return new Login(q.get("state"), q.get("nonce"), new Cookie("lti_state", q.get("state")), location);
    }

    MvcResult launch(Login login, String idToken) throws Exception {
        return mvc.perform(post("/lti/launch")
                        .param("id_token", idToken)
                        .param("state", login.state())
                        .cookie(login.cookie()))
                .andReturn();
    }

    JWTClaimsSet.Builder resourceLink(String nonce, String subject, String role, String contextId, String linkId) {
        JWTClaimsSet.Builder b = platform.claims(nonce, LaunchClaims.RESOURCE_LINK, subject, List.of(role))
                .claim(LaunchClaims.LTI + "resource_link", Map.of("id", linkId))
                .claim(LaunchClaims.LTI + "custom", Map.of(LaunchClaims.MODULE_PARAMETER, MODULE))
                .claim(
                        LaunchClaims.AGS_ENDPOINT,
                        Map.of(
                                "scope",
                                List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"),
                                "lineitems",
                                platform.baseUrl() + "/ags/lineitems",
                                "lineitem",
                                platform.baseUrl() + "/ags/lineitems/1"))
                .claim(
                        LaunchClaims.NRPS,
                        Map.of(
                                "context_memberships_url",
                                platform.baseUrl() + "/nrps/memberships",
                                "service_versions",
                                List.of("2.0")));
        if (contextId != null) {
            b.claim(LaunchClaims.LTI + "context", Map.of("id", contextId, "title", "History 9B"));
        }
        return b;
    }

    static String sub() {
        return "user-" + UUID.randomUUID();
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    static UserRef signedIn(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        if (session == null) {
            return null;
        }
        SecurityContext security = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return security == null || security.getAuthentication() == null
                ? null
                : new UserRef(0, security.getAuthentication().getName(), "", java.util.Set.of());
    }

    // ---- the login initiation ----

    @Test
    void theLoginRedirectsToThePlatformWithTheOidcParameters() throws Exception {
        Login login = login();
        Map<String, String> q = query(login.location());
        assertThat(login.location().toString()).startsWith(platform.authorizationUrl() + "?");
        assertThat(q)
                .containsEntry("scope", "openid")
                .containsEntry("response_type", "id_token")
                .containsEntry("response_mode", "form_post")
                .containsEntry("prompt", "none")
                .containsEntry("client_id", platform.clientId())
                .containsEntry("redirect_uri", "http://localhost/lti/launch")
                .containsEntry("login_hint", "hint-1")
                .containsEntry("lti_message_hint", "message+hint&{x}");
        // 256 random bits each, base64url
        assertThat(login.state()).hasSize(43).isNotEqualTo(login.nonce());
        assertThat(login.nonce()).hasSize(43);
    }

    @Test
    void loginOfAnUnknownPlatformIsRefused() throws Exception {
        MvcResult result = mvc.perform(get("/lti/login")
                        .param("iss", "https://unknown.example")
                        .param("login_hint", "x")
                        .param("target_link_uri", "http://localhost/lti/launch"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("not registered");
    }

    @Test
    void loginWithATargetElsewhereIsRefused() throws Exception {
        MvcResult result = mvc.perform(get("/lti/login")
                        .param("iss", platform.issuer())
                        .param("login_hint", "x")
                        .param("client_id", platform.clientId())
                        .param("target_link_uri", "https://evil.example/lti/launch"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void loginWithoutClientIdFindsTheIssuersOnlyRegistration() throws Exception {
        MvcResult result = mvc.perform(get("/lti/login")
                        .param("iss", platform.issuer())
                        .param("login_hint", "x")
                        .param("target_link_uri", "http://localhost/lti/launch"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void loginInAnIframeAnswersWithALinkToANewTab() throws Exception {
        MvcResult result = mvc.perform(get("/lti/login")
                        .header("Sec-Fetch-Dest", "iframe")
                        .param("iss", platform.issuer())
                        .param("login_hint", "x y")
                        .param("client_id", platform.clientId())
                        .param("target_link_uri", "http://localhost/lti/launch"))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("frame-ancestors " + platform.baseUrl())
                .doesNotContain("frame-ancestors 'none'");
        assertThat(response.getContentAsString())
                .contains("target=\"_blank\"")
                .contains("http://localhost/lti/login?iss="
                        + java.net.URLEncoder.encode(platform.issuer(), StandardCharsets.UTF_8))
                .contains("login_hint=x+y");
    }

    @Test
    void theJwksHasTheToolsPublicKeysOnly() throws Exception {
        MvcResult result = mvc.perform(get("/lti/jwks")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        String body = result.getResponse().getContentAsString();
        assertThat(body)
                .contains("\"kty\":\"RSA\"")
                .contains("\"n\":")
                .doesNotContain("\"d\":")
                .doesNotContain("\"p\":");
    }

    // ---- launches that pass ----

    @Test
    void anInstructorsFirstLaunchMakesTheAccountTheClassAndTheAssignment() throws Exception {
        String teacherSub = sub();
        String contextId = "course-" + UUID.randomUUID();
        String linkId = "link-" + UUID.randomUUID();
        Login login = login();
        MvcResult result = launch(
                login,
                platform.sign(resourceLink(login.nonce(), teacherSub, TestPlatform.INSTRUCTOR, contextId, linkId)
                        .build()));

        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        UserRef teacher = linked.find(registration.id(), teacherSub).orElseThrow();
        assertThat(teacher.roles()).containsExactly(Role.TEACHER);
        assertThat(teacher.displayName()).isEqualTo("Pat Example");
        long classId = links.classOf(registration.id(), contextId).orElseThrow();
        long assignmentId = links.assignmentOf(registration.id(), linkId).orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("http://localhost/teach/assignments/" + assignmentId);
        assertThat(signedIn(result).loginName()).isEqualTo(teacher.loginName());
        // the state cookie is removed
        assertThat(result.getResponse().getHeaders("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("lti_state=;").contains("Max-Age=0"));

        LtiLaunched event = events.stream(LtiLaunched.class).reduce((a, b) -> b).orElseThrow();
        assertThat(event.registrationId()).isEqualTo(registration.id());
        assertThat(event.userId()).isEqualTo(teacher.id());
        assertThat(event.instructor()).isTrue();
        assertThat(event.classId()).isEqualTo(classId);
        assertThat(event.assignmentId()).isEqualTo(assignmentId);
        assertThat(event.contextId()).isEqualTo(contextId);
        assertThat(event.resourceLinkId()).isEqualTo(linkId);
        assertThat(event.deploymentId()).isEqualTo(platform.deploymentId());
        assertThat(event.lineItems()).hasToString(platform.baseUrl() + "/ags/lineitems");
        assertThat(event.lineItem()).hasToString(platform.baseUrl() + "/ags/lineitems/1");
        assertThat(event.agsScopes()).containsExactly("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem");
        assertThat(event.memberships()).hasToString(platform.baseUrl() + "/nrps/memberships");
    }

    @Test
    void aLearnerIsEnrolledInTheTeachersClassAndLandsOnTheAssignment() throws Exception {
        String contextId = "course-" + UUID.randomUUID();
        String linkId = "link-" + UUID.randomUUID();
        Login first = login();
        launch(
                first,
                platform.sign(resourceLink(first.nonce(), sub(), TestPlatform.INSTRUCTOR, contextId, linkId)
                        .build()));
        String learnerSub = sub();
        Login login = login();
        MvcResult result = launch(
                login,
                platform.sign(resourceLink(login.nonce(), learnerSub, "Learner", contextId, linkId)
                        .claim("name", null)
                        .claim("given_name", "Olena")
                        .claim("family_name", "Koval")
                        .build()));

        long assignmentId = links.assignmentOf(registration.id(), linkId).orElseThrow();
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("http://localhost/assignments/" + assignmentId);
        UserRef learner = linked.find(registration.id(), learnerSub).orElseThrow();
        assertThat(learner.roles()).containsExactly(Role.STUDENT);
        assertThat(learner.displayName()).isEqualTo("Olena Koval");
        assertThat(roster.isMember(links.classOf(registration.id(), contextId).orElseThrow(), learner.id()))
                .isTrue();
        LtiLaunched event = events.stream(LtiLaunched.class).reduce((a, b) -> b).orElseThrow();
        assertThat(event.instructor()).isFalse();
        assertThat(event.userId()).isEqualTo(learner.id());
    }

    @Test
    void aLearnerBeforeAnyTeacherIsAskedToWait() throws Exception {
        String learnerSub = sub();
        Login login = login();
        MvcResult result = launch(
                login,
                platform.sign(resourceLink(
                                login.nonce(),
                                learnerSub,
                                TestPlatform.LEARNER,
                                "course-" + UUID.randomUUID(),
                                "link-1")
                        .build()));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("teacher must open this activity");
        assertThat(linked.find(registration.id(), learnerSub)).isEmpty();
        assertThat(signedIn(result)).isNull();
    }

    @Test
    void theSameSubjectTwiceIsTheSameAccountAndAnotherPlatformsIsAnother() throws Exception {
        String subject = sub();
        String contextId = "course-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            Login login = login();
            assertThat(launch(
                                    login,
                                    platform.sign(resourceLink(
                                                    login.nonce(),
                                                    subject,
                                                    TestPlatform.INSTRUCTOR,
                                                    contextId,
                                                    "link-" + i)
                                            .build()))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(303);
        }
        UserRef first = linked.find(registration.id(), subject).orElseThrow();
        assertThat(links.classOf(registration.id(), contextId)).isPresent();

        try (TestPlatform other = new TestPlatform()) {
            LtiRegistration otherRegistration = register(other);
            TestPlatform mine = platform;
            platform = other;
            try {
                Login login = login();
                assertThat(launch(
                                        login,
                                        other.sign(resourceLink(
                                                        login.nonce(),
                                                        subject,
                                                        TestPlatform.INSTRUCTOR,
                                                        contextId,
                                                        "link-0")
                                                .build()))
                                .getResponse()
                                .getStatus())
                        .isEqualTo(303);
            } finally {
                platform = mine;
            }
            UserRef second = linked.find(otherRegistration.id(), subject).orElseThrow();
            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(links.classOf(otherRegistration.id(), contextId))
                    .isNotEqualTo(links.classOf(registration.id(), contextId));
        }
    }

    @Test
    void rolesMapInstructorsAdministratorsAndContentDevelopersToTeachersAndLearnersToStudents() {
        Map<List<String>, Boolean> cases = Map.of(
                List.of(TestPlatform.INSTRUCTOR), true,
                List.of("Instructor"), true,
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator"), true,
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper"), true,
                List.of(TestPlatform.LEARNER), false,
                List.of("Learner", "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"), false);
        cases.forEach((roles, teacher) -> {
            LaunchClaims claims = LaunchClaims.read(
                    platform.claims("n", LaunchClaims.RESOURCE_LINK, "s", roles).build());
            assertThat(claims.instructor()).as(roles.toString()).isEqualTo(teacher);
            if (!teacher) {
                assertThat(claims.learner()).isTrue();
            }
        });
    }

    @Test
    void aSecondInstructorOfTheCourseIsRefusedWithAClearMessage() throws Exception {
        String contextId = "course-" + UUID.randomUUID();
        Login first = login();
        launch(
                first,
                platform.sign(resourceLink(first.nonce(), sub(), TestPlatform.INSTRUCTOR, contextId, "l1")
                        .build()));
        Login second = login();
        MvcResult result = launch(
                second,
                platform.sign(resourceLink(second.nonce(), sub(), TestPlatform.INSTRUCTOR, contextId, "l1")
                        .build()));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("belongs to another teacher");
        assertThat(signedIn(result)).isNull();

        // nor may they add activities to that course that only the first teacher could open
        Login third = login();
        MvcResult deepLink = launch(
                third,
                platform.sign(platform.claims(
                                third.nonce(), LaunchClaims.DEEP_LINKING, sub(), List.of(TestPlatform.INSTRUCTOR))
                        .claim(LaunchClaims.LTI + "context", Map.of("id", contextId, "title", "History 9B"))
                        .build()));
        assertThat(deepLink.getResponse().getStatus()).isEqualTo(400);
        assertThat(deepLink.getResponse().getContentAsString()).contains("belongs to another teacher");
        assertThat(signedIn(deepLink)).isNull();
    }

    // ---- every check, refused ----

    void assertRefused(MvcResult result, int status, String subject, String message) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentAsString()).contains(message);
        assertThat(linked.find(registration.id(), subject)).isEmpty();
        assertThat(signedIn(result)).isNull();
    }

    JWTClaimsSet.Builder learnerClaims(String nonce, String subject) {
        return resourceLink(nonce, subject, TestPlatform.LEARNER, null, "link-" + UUID.randomUUID());
    }

    @Test
    void stateUnknownIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        Login forged = new Login("x".repeat(43), login.nonce(), new Cookie("lti_state", "x".repeat(43)), null);
        assertRefused(
                launch(
                        forged,
                        platform.sign(learnerClaims(login.nonce(), subject).build())),
                401,
                subject,
                "expired or was already used");
    }

    @Test
    void stateReusedIsRefused() throws Exception {
        Login login = login();
        assertThat(launch(
                                login,
                                platform.sign(
                                        learnerClaims(login.nonce(), sub()).build()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(303);
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject).build())),
                401,
                subject,
                "expired or was already used");
    }

    @Test
    void stateExpiredIsRefused() throws Exception {
        Login login = login();
        TestClock.get().advance(LoginStates.LIFETIME.plusSeconds(1));
        String subject = sub();
        JWTClaimsSet.Builder claims = learnerClaims(login.nonce(), subject)
                .issueTime(Date.from(TestClock.get().instant()))
                .expirationTime(Date.from(TestClock.get().instant().plusSeconds(300)));
        assertRefused(launch(login, platform.sign(claims.build())), 401, subject, "expired or was already used");
    }

    @Test
    void stateCookieMissingIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        MvcResult result = mvc.perform(post("/lti/launch")
                        .param(
                                "id_token",
                                platform.sign(
                                        learnerClaims(login.nonce(), subject).build()))
                        .param("state", login.state()))
                .andReturn();
        assertRefused(result, 401, subject, "did not start in this browser");
    }

    @Test
    void stateCookieOfAnotherLoginIsRefused() throws Exception {
        Login mine = login();
        Login theirs = login();
        String subject = sub();
        MvcResult result = mvc.perform(post("/lti/launch")
                        .param(
                                "id_token",
                                platform.sign(
                                        learnerClaims(theirs.nonce(), subject).build()))
                        .param("state", theirs.state())
                        .cookie(mine.cookie()))
                .andReturn();
        assertRefused(result, 401, subject, "did not start in this browser");
    }

    @Test
    void signatureOfAnotherKeyIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.signWithOtherKey(
                                learnerClaims(login.nonce(), subject).build())),
                401,
                subject,
                "valid signature");
    }

    @Test
    void algNoneIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.unsigned(learnerClaims(login.nonce(), subject).build())),
                401,
                subject,
                "RS256");
    }

    @Test
    void algHs256IsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.signHs256(learnerClaims(login.nonce(), subject).build())),
                401,
                subject,
                "RS256");
    }

    @Test
    void issuerOfAnotherPlatformIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .issuer("https://other.example")
                                .build())),
                401,
                subject,
                "another platform");
    }

    @Test
    void audienceWithoutTheClientIdIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .audience("someone-else")
                                .claim("azp", null)
                                .build())),
                401,
                subject,
                "wrong client id");
    }

    @Test
    void authorisedPartyOfAnotherClientIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .audience(List.of(platform.clientId(), "someone-else"))
                                .claim("azp", "someone-else")
                                .build())),
                401,
                subject,
                "wrong client id");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .expirationTime(
                                        Date.from(TestClock.get().instant().minus(Duration.ofMinutes(2))))
                                .build())),
                401,
                subject,
                "has expired");
    }

    @Test
    void issuedAtInTheFutureIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .issueTime(Date.from(TestClock.get().instant().plus(Duration.ofMinutes(5))))
                                .build())),
                401,
                subject,
                "in the future");
    }

    @Test
    void nonceReplayedFromAnEarlierLoginIsRefused() throws Exception {
        Login earlier = login();
        String token = platform.sign(learnerClaims(earlier.nonce(), sub()).build());
        assertThat(launch(earlier, token).getResponse().getStatus()).isEqualTo(303);
        // the same token, captured, replayed with a fresh login of the attacker's browser
        Login fresh = login();
        MvcResult result = launch(fresh, token);
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentAsString()).contains("used before");
        assertThat(signedIn(result)).isNull();
    }

    @Test
    void deploymentUnknownIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .claim(LaunchClaims.LTI + "deployment_id", "other-deployment")
                                .build())),
                400,
                subject,
                "deployment");
    }

    @Test
    void versionOtherThan130IsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .claim(LaunchClaims.LTI + "version", "1.1")
                                .build())),
                400,
                subject,
                "1.3.0");
    }

    @Test
    void messageTypeUnknownIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(learnerClaims(login.nonce(), subject)
                                .claim(LaunchClaims.LTI + "message_type", "LtiSubmissionReviewRequest")
                                .build())),
                400,
                subject,
                "resource link and deep linking");
    }

    @Test
    void subjectMissingOrTooLongIsRefused() throws Exception {
        Login login = login();
        MvcResult result =
                launch(login, platform.sign(learnerClaims(login.nonce(), null).build()));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(signedIn(result)).isNull();
        Login again = login();
        String tooLong = "s".repeat(256);
        assertRefused(
                launch(
                        again,
                        platform.sign(learnerClaims(again.nonce(), tooLong).build())),
                400,
                tooLong,
                "did not name the user");
    }

    @Test
    void contextTitleAndNamesAreCutToTheirLimits() {
        LaunchClaims claims =
                LaunchClaims.read(platform.claims("n", LaunchClaims.RESOURCE_LINK, "s", List.of("Learner"))
                        .claim("name", "N".repeat(5000))
                        .claim(LaunchClaims.LTI + "context", Map.of("id", "c", "title", "T".repeat(5000)))
                        .build());
        assertThat(claims.name()).hasSize(LaunchClaims.MAX_TEXT);
        assertThat(claims.contextTitle()).hasSize(LaunchClaims.MAX_TEXT);
        assertThat(AccountService.linkedName(claims.name())).hasSize(AccountService.MAX_DISPLAY_NAME);
    }

    @Test
    void contextIdTooLongIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        LaunchClaims.read(platform.claims("n", LaunchClaims.RESOURCE_LINK, "s", List.of("Learner"))
                                .claim(LaunchClaims.LTI + "context", Map.of("id", "c".repeat(256)))
                                .build()))
                .isInstanceOf(LtiException.class)
                .hasMessage("lti.launch.error.context");
    }

    // ---- deep linking ----

    @Autowired
    ToolKeys toolKeys;

    @Test
    void deepLinkingAnswersWithASignedResourceLinkToTheChosenModule() throws Exception {
        String teacherSub = sub();
        Login login = login();
        JWTClaimsSet request = platform.claims(
                        login.nonce(), LaunchClaims.DEEP_LINKING, teacherSub, List.of(TestPlatform.INSTRUCTOR))
                .build();
        MvcResult result = launch(login, platform.sign(request));
        assertThat(result.getResponse().getStatus()).isEqualTo(303);
        String picker = result.getResponse().getRedirectedUrl();
        assertThat(picker).startsWith("http://localhost/lti/deep-link/");
        String id = picker.substring("http://localhost/lti/deep-link/".length());
        var session = (org.springframework.mock.web.MockHttpSession)
                result.getRequest().getSession(false);

        MvcResult answer = mvc.perform(get("/lti/deep-link/" + id + "/return")
                        .param("module", MODULE)
                        .param("title", "Week 1 reading")
                        .session(session))
                .andReturn();
        MockHttpServletResponse response = answer.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Security-Policy")).contains("form-action " + platform.baseUrl());
        String html = response.getContentAsString();
        assertThat(html).contains("action=\"" + platform.baseUrl() + "/deep-link-return\"");
        String jwt = html.replaceAll("(?s).*name=\"JWT\" value=\"([^\"]+)\".*", "$1");

        com.nimbusds.jwt.SignedJWT signed = com.nimbusds.jwt.SignedJWT.parse(jwt);
        com.nimbusds.jose.jwk.RSAKey key = (com.nimbusds.jose.jwk.RSAKey)
                toolKeys.publicKeys().getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(signed.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key)))
                .isTrue();
        assertThat(signed.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        JWTClaimsSet claims = signed.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getStringClaim(LaunchClaims.LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LaunchClaims.LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(LaunchClaims.LTI + "deployment_id")).isEqualTo(platform.deploymentId());
        @SuppressWarnings("unchecked")
        Map<String, Object> settings =
                (Map<String, Object>) request.getJSONObjectClaim(LaunchClaims.DL + "deep_linking_settings");
        assertThat(claims.getStringClaim(LaunchClaims.DL + "data")).isEqualTo(settings.get("data"));
        List<?> items = (List<?>) claims.getClaim(LaunchClaims.DL + "content_items");
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.getFirst();
        assertThat(item)
                .containsEntry("type", "ltiResourceLink")
                .containsEntry("title", "Week 1 reading")
                .containsEntry("url", "http://localhost/lti/launch");
        assertThat(((Map<?, ?>) item.get("custom")).get(LaunchClaims.MODULE_PARAMETER))
                .isEqualTo(MODULE);
        assertThat(((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).isEqualTo(100L);

        // one-time: the same request cannot be answered again
        MvcResult again = mvc.perform(get("/lti/deep-link/" + id + "/return")
                        .param("module", MODULE)
                        .session(session))
                .andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void deepLinkingRequestOfAnotherUserIsGone() throws Exception {
        Login login = login();
        MvcResult result = launch(
                login,
                platform.sign(platform.claims(
                                login.nonce(), LaunchClaims.DEEP_LINKING, sub(), List.of(TestPlatform.INSTRUCTOR))
                        .build()));
        String id = result.getResponse().getRedirectedUrl().replaceAll(".*/", "");
        // a request without the teacher's session: nothing of the launch's sign-in may carry over in this thread (once
        // another test has installed spring-security-test's context strategy, MockMvc would reuse it)
        SecurityContextHolder.clearContext();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        MvcResult anonymous = mvc.perform(get("/lti/deep-link/" + id + "/return")
                        .param("module", MODULE)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .anonymous()))
                .andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void deepLinkingByALearnerIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(platform.claims(
                                        login.nonce(),
                                        LaunchClaims.DEEP_LINKING,
                                        subject,
                                        List.of(TestPlatform.LEARNER))
                                .build())),
                400,
                subject,
                "Only teachers");
    }

    @Test
    void deepLinkingWithoutResourceLinksAcceptedIsRefused() throws Exception {
        Login login = login();
        String subject = sub();
        assertRefused(
                launch(
                        login,
                        platform.sign(platform.claims(
                                        login.nonce(),
                                        LaunchClaims.DEEP_LINKING,
                                        subject,
                                        List.of(TestPlatform.INSTRUCTOR))
                                .claim(
                                        LaunchClaims.DL + "deep_linking_settings",
                                        Map.of(
                                                "deep_link_return_url",
                                                platform.baseUrl() + "/deep-link-return",
                                                "accept_types",
                                                List.of("file", "html")))
                                .build())),
                400,
                subject,
                "does not accept LTI resource links");
    }
}
