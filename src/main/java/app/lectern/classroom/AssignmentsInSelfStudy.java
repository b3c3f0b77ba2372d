package app.lectern.classroom;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.study.AssignedModules;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-study's view of the classroom: a student's open assignment of a module, and whether a class keeps the
 * module's self-study key back while its assignment is open. An assignment is open from its opening until its due
 * date (or, accepting late work, as long as the class is active) and, for the student, until they submit.
 */
@Component
@Transactional(readOnly = true)
class AssignmentsInSelfStudy implements AssignedModules {

    private final ClassroomService classroom;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentsInSelfStudy(ClassroomService classroom, CurrentUser currentUser, JdbcClient jdbc, Clock clock) {
        this.classroom = classroom;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<OpenAssignment> openAssignmentOfMine(String moduleId) {
        if (currentUser.get().filter(u -> u.has(Role.STUDENT)).isEmpty()) {
            return Optional.empty();
        }
        return classroom.myAssignments().stream()
                .filter(s -> s.assignment().moduleId().equals(moduleId))
                .filter(s -> s.status() != AssignmentStatus.DONE
                        && (s.status() != AssignmentStatus.LATE
                                || s.assignment().lateAccepted()))
                .findFirst()
                .map(s -> new OpenAssignment(
                        s.assignment().id(),
                        s.assignment().title(),
                        "assignments/" + s.assignment().id()));
    }

    @Override
    public boolean selfStudyKeyHeldBack(long userId, String moduleId) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                        select count(*) from assignment a
                        join class_member m on m.class_id = a.class_id
                        join school_class c on c.id = a.class_id
                        where m.student_id = ? and a.module_id = ? and a.self_study_key_held_back
                        and not c.archived and a.opens_at <= ? and (a.due_at > ? or a.late_accepted)
                        """)
                        .params(userId, moduleId, now, now)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
