package app.lectern.lti;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a platform's courses and activities became in Lectern: a class per (registration, context id), an
 * assignment per (registration, resource link id).
 */
@Service
public class LtiLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    LtiLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The class made for this course, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> classOf(long registrationId, String contextId) {
        return jdbc.sql("select class_id from lti_context where registration_id = ? and context_id = ?")
                .params(registrationId, contextId)
                .query(Long.class)
                .optional();
    }

    /** The assignment made for this activity, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> assignmentOf(long registrationId, String resourceLinkId) {
        return jdbc.sql(
                        "select assignment_id from lti_resource_link where registration_id = ? and resource_link_id = ?")
                .params(registrationId, resourceLinkId)
                .query(Long.class)
                .optional();
    }

    @Transactional
    void linkClass(long registrationId, String contextId, long classId) {
        jdbc.sql("insert into lti_context (registration_id, context_id, class_id, created_at) values (?, ?, ?, ?)")
                .params(registrationId, contextId, classId, now())
                .update();
    }

    @Transactional
    void linkAssignment(long registrationId, String resourceLinkId, String contextId, long assignmentId) {
        jdbc.sql("insert into lti_resource_link (registration_id, resource_link_id, context_id, assignment_id,"
                        + " created_at) values (?, ?, ?, ?, ?)")
                .params(registrationId, resourceLinkId, contextId, assignmentId, now())
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
