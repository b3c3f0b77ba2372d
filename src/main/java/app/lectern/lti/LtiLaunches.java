package app.lectern.lti;

import app.lectern.account.Role;
import app.lectern.account.SessionSignIn;
import app.lectern.account.UserRef;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.LmsClassroom;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a launch: the platform posts the id token back. Every check passes or nothing is made: the
 * state (known, unused, unexpired, the browser's own), the token ({@link PlatformTokens}), the claims ({@link
 * LaunchClaims}), the deployment. Then the user's linked account is found or made and signed in, the course becomes
 * a class and the activity an assignment, and {@link LtiLaunched} is published.
 *
 * <p>A learner who launches before any teacher of the course has is refused: the class (and the assignment) are
 * made by the first teacher's launch, so the class is the teacher's from the start.
 */
@Service
public class LtiLaunches {

    private final LoginStates states;
    private final LtiRegistrations registrations;
    private final PlatformTokens tokens;
    private final LinkedAccounts accounts;
    private final LtiLinks links;
    private final LmsClassroom classroom;
    private final SessionSignIn signIn;
    private final DeepLinks deepLinks;
    private final ApplicationEventPublisher events;

    LtiLaunches(
            LoginStates states,
            LtiRegistrations registrations,
            PlatformTokens tokens,
            LinkedAccounts accounts,
            LtiLinks links,
            LmsClassroom classroom,
            SessionSignIn signIn,
            DeepLinks deepLinks,
            ApplicationEventPublisher events) {
        this.states = states;
        this.registrations = registrations;
        this.tokens = tokens;
        this.accounts = accounts;
        this.links = links;
        this.classroom = classroom;
        this.signIn = signIn;
        this.deepLinks = deepLinks;
        this.events = events;
    }

    /**
     * Where the signed-in user goes after a launch.
     *
     * @param path the page's address, relative to Lectern's base ({@code assignments/12})
     * @param user the signed-in account
     */
    public record Outcome(String path, UserRef user) {}

    /**
     * Checks a launch and acts on it; the caller has already bound nothing to the session.
     *
     * @param stateCookie the state cookie the browser sent, or {@code null}
     * @throws LtiException naming the failed check; nothing was made and nobody signed in
     */
    @Transactional
    public Outcome launch(String idToken, String state, String stateCookie) {
        if (state == null
                || stateCookie == null
                || !MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), stateCookie.getBytes(StandardCharsets.UTF_8))) {
            throw new LtiException("lti.launch.error.state-cookie");
        }
        LoginStates.Used used = states.use(state);
        LtiRegistration registration = registrations
                .find(used.registrationId())
                .orElseThrow(() -> new LtiException("lti.login.error.unknown-platform"));
        LaunchClaims claims = LaunchClaims.read(tokens.verify(idToken, registration, used.nonce()));
        if (!registration.hasDeployment(claims.deploymentId())) {
            throw new LtiException("lti.launch.error.deployment");
        }
        if (LaunchClaims.DEEP_LINKING.equals(claims.messageType())) {
            return deepLinking(registration, claims);
        }
        return claims.instructor() ? teacher(registration, claims) : learner(registration, claims);
    }

    private Outcome deepLinking(LtiRegistration registration, LaunchClaims claims) {
        if (!claims.instructor()) {
            throw new LtiException("lti.launch.error.deep-link-role");
        }
        if (!claims.acceptsResourceLink()) {
            throw new LtiException("lti.launch.error.deep-link-types");
        }
        UserRef user = accounts.findOrCreate(registration.id(), claims.subject(), claims.name(), Role.TEACHER);
        // a co-teacher could add activities to the course that only the class's teacher can then open
        refuseOtherTeachersCourse(registration, claims, user);
        String id = deepLinks.create(registration, user.id(), claims);
        return new Outcome(DeepLinks.PATH + id, signIn.signInLinked(user.id(), user.loginName()));
    }

    /**
     * The class of the launch's course, if there is one yet.
     *
     * @throws LtiException {@code lti.launch.error.not-owner} when it belongs to another teacher
     */
    private Optional<Long> refuseOtherTeachersCourse(LtiRegistration registration, LaunchClaims claims, UserRef user) {
        Optional<Long> existing =
                claims.contextId() == null ? Optional.empty() : links.classOf(registration.id(), claims.contextId());
        if (existing.isPresent()
                && !classroom.teacherOf(existing.get()).map(t -> t == user.id()).orElse(false)) {
            throw new LtiException("lti.launch.error.not-owner");
        }
        return existing;
    }

    private Outcome teacher(LtiRegistration registration, LaunchClaims claims) {
        UserRef user = accounts.findOrCreate(registration.id(), claims.subject(), claims.name(), Role.TEACHER);
        Optional<Long> existing = refuseOtherTeachersCourse(registration, claims, user);
        UserRef signedIn = signIn.signInLinked(user.id(), user.loginName());
        if (claims.contextId() == null) {
            publish(registration, claims, user, null, null);
            return new Outcome("teach", signedIn);
        }
        long classId = existing.orElseGet(() -> {
            long made = classroom.createClass(claims.contextTitle());
            links.linkClass(registration.id(), claims.contextId(), made);
            return made;
        });
        Long assignmentId =
                links.assignmentOf(registration.id(), claims.resourceLinkId()).orElse(null);
        if (assignmentId == null && claims.moduleId() != null) {
            Assignment made;
            try {
                made = classroom.assign(classId, claims.moduleId());
            } catch (IllegalArgumentException unknownModule) {
                throw new LtiException("lti.launch.error.module");
            }
            links.linkAssignment(registration.id(), claims.resourceLinkId(), claims.contextId(), made.id());
            assignmentId = made.id();
        }
        publish(registration, claims, user, classId, assignmentId);
        return new Outcome(
                assignmentId != null ? "teach/assignments/" + assignmentId : "teach/classes/" + classId, signedIn);
    }

    private Outcome learner(LtiRegistration registration, LaunchClaims claims) {
        if (!claims.learner()) {
            throw new LtiException("lti.launch.error.role");
        }
        Long classId = null;
        Long assignmentId = null;
        if (claims.contextId() != null) {
            classId = links.classOf(registration.id(), claims.contextId())
                    .orElseThrow(() -> new LtiException("lti.launch.error.teacher-first"));
            assignmentId = links.assignmentOf(registration.id(), claims.resourceLinkId())
                    .orElse(null);
            if (assignmentId == null && claims.moduleId() != null) {
                throw new LtiException("lti.launch.error.teacher-first");
            }
        }
        UserRef user = accounts.findOrCreate(registration.id(), claims.subject(), claims.name(), Role.STUDENT);
        if (classId != null) {
            classroom.enrol(classId, user.id());
        }
        UserRef signedIn = signIn.signInLinked(user.id(), user.loginName());
        publish(registration, claims, user, classId, assignmentId);
        return new Outcome(assignmentId != null ? "assignments/" + assignmentId : "assignments", signedIn);
    }

    private void publish(
            LtiRegistration registration, LaunchClaims claims, UserRef user, Long classId, Long assignment) {
        events.publishEvent(new LtiLaunched(
                registration.id(),
                claims.deploymentId(),
                user.id(),
                claims.instructor(),
                classId,
                assignment,
                claims.contextId(),
                claims.resourceLinkId(),
                claims.lineItems(),
                claims.lineItem(),
                claims.agsScopes(),
                claims.memberships()));
    }
}
