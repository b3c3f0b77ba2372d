package app.lectern.lti;

import app.lectern.classroom.roster.ClassInfo;
import app.lectern.classroom.roster.RosterService;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * "Sync roster" of a class a launch linked to a platform's course (LTI Names and Role Provisioning Services 2.0): reads
 * the course's members page by page ({@code Link: <…>; rel="next"}, at most {@link #MAX_PAGES} pages and {@link
 * #MAX_MEMBERS} members, next pages only on the same host), and puts every active learner in the class, with a linked
 * account made when missing; instructors are counted, never enrolled. For the teacher of the class only.
 */
@Service
public class RosterSync {

    /** The most pages read. */
    static final int MAX_PAGES = 50;

    /** The most members read. */
    static final int MAX_MEMBERS = 5000;

    static final String MEMBERSHIP_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private static final String ROLE_PREFIX = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final Pattern NEXT = Pattern.compile("<([^>]{1,1000})>\\s*;[^,]*?rel\\s*=\\s*\"?next\"?");

    private final RosterService roster;
    private final JdbcClient jdbc;
    private final LtiRegistrations registrations;
    private final AccessTokens tokens;
    private final PlatformHttp http;
    private final RosterTarget targets;

    RosterSync(
            RosterService roster,
            JdbcClient jdbc,
            LtiRegistrations registrations,
            AccessTokens tokens,
            PlatformHttp http,
            RosterTarget targets) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.tokens = tokens;
        this.http = http;
        this.targets = targets;
    }

    /**
     * What a sync did.
     *
     * @param added learners put in the class
     * @param alreadyThere learners already in it
     * @param instructors instructors listed (not enrolled)
     * @param skipped members left out: inactive, without a learner role, or with an id or name that is not usable
     * @param truncated whether the page or member cap cut the list short
     */
    public record Summary(int added, int alreadyThere, int instructors, int skipped, boolean truncated) {}

    /** One member as the platform listed it, checked. */
    record Member(String subject, String name, boolean learner, boolean instructor) {}

    /** A page of members and the next page's address, if any. */
    record Page(List<Member> members, int skipped, Optional<URI> next) {}

    /**
     * The class, for its teacher.
     *
     * @throws AccessDeniedException for anyone but its teacher
     * @throws NoSuchElementException for an unknown class
     */
    public ClassInfo schoolClass(long classId) {
        return roster.ownClassInfo(classId);
    }

    /** Whether a launch linked the class to a platform course whose roster can be read. */
    public boolean linked(long classId) {
        roster.ownClassInfo(classId);
        return !links(classId).isEmpty();
    }

    /**
     * Reads the roster from every platform course linked to the class and enrols its learners.
     *
     * @throws LtiException {@code lti.roster.error.not-linked} when no launch named a roster URL for the class,
     *     {@code lti.roster.error.archived} for an archived class,  {@code lti.platform.error.*} when a platform refuses or answers nonsense
     */
    public Summary sync(long classId) {
        ClassInfo info = roster.ownClassInfo(classId);
        if (info.archived()) {
            throw new LtiException("lti.roster.error.archived");
        }
        List<Link> links = links(classId);
        if (links.isEmpty()) {
            throw new LtiException("lti.roster.error.not-linked");
        }
        RosterTarget target = targets;
        int added = 0;
        int there = 0;
        int instructors = 0;
        int skipped = 0;
        boolean truncated = false;
        for (Link link : links) {
            LtiRegistration registration = registrations
                    .find(link.registrationId())
                    .orElseThrow(() -> new LtiException("lti.roster.error.not-linked"));
            Fetched fetched = fetch(registration, link.memberships());
            truncated |= fetched.truncated();
            skipped += fetched.skipped();
            for (Member m : fetched.members()) {
                if (m.instructor()) {
                    instructors++;
                } else if (m.learner()) {
                    long userId = target.linkedAccount(registration.id(), m.subject(), m.name(), false);
                    if (target.enrol(classId, userId)) {
                        added++;
                    } else {
                        there++;
                    }
                } else {
                    skipped++;
                }
            }
        }
        return new Summary(added, there, instructors, skipped, truncated);
    }

    private record Link(long registrationId, URI memberships) {}

    private List<Link> links(long classId) {
        return jdbc
                .sql("select registration_id, memberships_url from lti_class_context where class_id = ?"
                        + " and memberships_url is not null order by registration_id")
                .param(classId)
                .query((rs, n) -> {
                    long registrationId = rs.getLong("registration_id");
                    return PlatformHttp.url(rs.getString("memberships_url"))
                            .map(u -> new Link(registrationId, u))
                            .orElse(null);
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Every member of the course, up to the caps. */
    record Fetched(List<Member> members, int skipped, boolean truncated) {}

    Fetched fetch(LtiRegistration registration, URI memberships) {
        String token = tokens.token(registration, List.of(AgsScopes.MEMBERSHIPS));
        List<Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<URI> visited = new HashSet<>();
        int skipped = 0;
        Optional<URI> next = Optional.of(memberships);
        int pages = 0;
        while (next.isPresent()) {
            if (pages == MAX_PAGES || members.size() >= MAX_MEMBERS || !visited.add(next.get())) {
                return new Fetched(members, skipped, pages == MAX_PAGES || members.size() >= MAX_MEMBERS);
            }
            PlatformHttp.Response response = http.send(PlatformHttp.request(next.get())
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", MEMBERSHIP_TYPE)
                    .GET()
                    .build());
            if (response.status() == 401) {
                tokens.forget(registration.id());
            }
            if (!response.ok()) {
                throw new LtiException("lti.platform.error.roster-refused", response.status());
            }
            pages++;
            Page page = page(http.object(response), response.link().orElse(null), memberships);
            skipped += page.skipped();
            for (Member m : page.members()) {
                if (members.size() >= MAX_MEMBERS) {
                    return new Fetched(members, skipped, true);
                }
                if (seen.add(m.subject())) {
                    members.add(m);
                }
            }
            next = page.next();
        }
        return new Fetched(members, skipped, false);
    }

    /** Reads one page; the next page must be on the roster's own scheme, host and port. */
    static Page page(JsonNode body, String linkHeader, URI memberships) {
        JsonNode list = body.get("members");
        if (list == null || !list.isArray()) {
            throw new LtiException("lti.platform.error.bad-response", "members");
        }
        List<Member> members = new ArrayList<>();
        int skipped = 0;
        for (JsonNode node : list) {
            Optional<Member> member = member(node);
            if (member.isPresent()) {
                members.add(member.get());
            } else {
                skipped++;
            }
        }
        return new Page(members, skipped, next(linkHeader, memberships));
    }

    static Optional<URI> next(String linkHeader, URI memberships) {
        if (linkHeader == null || linkHeader.length() > 4000) {
            return Optional.empty();
        }
        Matcher m = NEXT.matcher(linkHeader);
        if (!m.find()) {
            return Optional.empty();
        }
        return PlatformHttp.url(m.group(1))
                .filter(u -> u.getScheme().equalsIgnoreCase(memberships.getScheme())
                        && u.getRawAuthority().equalsIgnoreCase(memberships.getRawAuthority()));
    }

    /** A member that is active, with a usable id; empty for anything else. */
    static Optional<Member> member(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Optional<String> subject = PlatformHttp.text(node, "user_id", LtiRegistrations.MAX_ID)
                .filter(s -> s.chars().noneMatch(Character::isISOControl));
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        JsonNode status = node.get("status");
        if (status != null && !(status.isString() && status.stringValue().equals("Active"))) {
            return Optional.empty();
        }
        JsonNode roles = node.get("roles");
        if (roles == null || !roles.isArray() || roles.size() > 50) {
            return Optional.empty();
        }
        boolean learner = false;
        boolean instructor = false;
        for (JsonNode role : roles) {
            if (!role.isString()) {
                continue;
            }
            String r = role.stringValue();
            String shortRole = r.startsWith(ROLE_PREFIX) ? r.substring(ROLE_PREFIX.length()) : r;
            learner |= shortRole.equals("Learner");
            instructor |= shortRole.equals("Instructor")
                    || shortRole.equals("TeachingAssistant")
                    || shortRole.startsWith("Instructor#");
        }
        String name = PlatformHttp.text(node, "name", 200)
                .map(String::strip)
                .filter(s -> !s.isEmpty() && s.chars().noneMatch(Character::isISOControl))
                .orElse(null);
        return Optional.of(new Member(subject.get(), name, learner, instructor));
    }
}
