package app.lectern.classroom;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.classroom.roster.ClassInfo;
import app.lectern.classroom.roster.RosterService;
import app.lectern.content.LearningModule;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may reach an assignment: the signed-in teacher of its class, or a signed-in student of its class once it has
 * opened. The attempt, gradebook and review services check every call here first.
 */
@Component
public class AssignmentAccess {

    private final AssignmentRepository assignments;
    private final RosterService roster;
    private final CurrentUser currentUser;
    private final ModuleSnapshots snapshots;
    private final Clock clock;

    AssignmentAccess(
            AssignmentRepository assignments,
            RosterService roster,
            CurrentUser currentUser,
            ModuleSnapshots snapshots,
            Clock clock) {
        this.assignments = assignments;
        this.roster = roster;
        this.currentUser = currentUser;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** An assignment as the teacher of its class sees it, with the module as pinned. */
    public record TeacherContext(UserRef teacher, Assignment assignment, LearningModule module) {}

    /** The assignment as one signed-in student may work on it now, with the module as pinned. */
    public record StudentContext(UserRef student, Assignment assignment, LearningModule module, Instant now) {

        /** Whether the due date has passed. */
        public boolean pastDue() {
            return now.isAfter(assignment.dueAt());
        }

        /** Past the due date with late work refused: nothing more can be answered or submitted. */
        public boolean lateClosed() {
            return pastDue() && !assignment.lateAccepted();
        }

        /** The time as JDBC drivers take it: PostgreSQL's refuses a bare {@code Instant}. */
        public OffsetDateTime nowUtc() {
            return now.atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * The assignment for the signed-in teacher of its class.
     *
     * @throws AccessDeniedException for anyone but the teacher of the class
     * @throws NoSuchElementException for an unknown assignment
     */
    public TeacherContext teacherContext(long assignmentId) {
        UserRef teacher = signedIn(Role.TEACHER);
        AssignmentEntity entity = find(assignmentId);
        ClassInfo schoolClass = classOf(entity);
        if (schoolClass.teacherId() != teacher.id()) {
            throw new AccessDeniedException("not your class");
        }
        Assignment assignment = entity.toRecord(schoolClass);
        return new TeacherContext(teacher, assignment, snapshots.of(assignment));
    }

    /**
     * The assignment for the signed-in student of its class.
     *
     * @throws AccessDeniedException for anyone but a student of the class
     * @throws NoSuchElementException for an unknown assignment, one that has not opened yet, or one of an archived
     *     class
     */
    public StudentContext studentContext(long assignmentId) {
        UserRef student = signedIn(Role.STUDENT);
        AssignmentEntity entity = find(assignmentId);
        ClassInfo schoolClass = classOf(entity);
        if (!roster.isMember(schoolClass.id(), student.id())) {
            throw new AccessDeniedException("not your class");
        }
        Instant now = clock.instant();
        Assignment assignment = entity.toRecord(schoolClass);
        if (schoolClass.archived() || assignment.opensAt().isAfter(now)) {
            throw new NoSuchElementException("no such assignment");
        }
        return new StudentContext(student, assignment, snapshots.of(assignment), now);
    }

    /** An assignment with its module as pinned, looked up without any check. */
    public record Pinned(Assignment assignment, LearningModule module) {}

    /**
     * The assignment with its module as pinned, for work no user started (a background job sending grades to a
     * learning platform): checks nobody, so never call it with an id from a browser.
     *
     * @return empty for an unknown assignment or one whose class is gone
     */
    public java.util.Optional<Pinned> pinned(long assignmentId) {
        return assignments
                .findById(assignmentId)
                .flatMap(entity -> roster.classInfo(entity.classId()).map(schoolClass -> {
                    Assignment assignment = entity.toRecord(schoolClass);
                    return new Pinned(assignment, snapshots.of(assignment));
                }));
    }

    /** The students of the class the teacher reached, in the order they joined. */
    public List<Long> studentIds(TeacherContext context) {
        return roster.studentIds(context.assignment().classId());
    }

    /** Whether the student is in the class the teacher reached. */
    public boolean isStudent(TeacherContext context, long studentId) {
        return roster.isMember(context.assignment().classId(), studentId);
    }

    private UserRef signedIn(Role role) {
        UserRef user = currentUser.require();
        if (!user.has(role)) {
            throw new AccessDeniedException("requires " + role);
        }
        return user;
    }

    private ClassInfo classOf(AssignmentEntity entity) {
        return roster.classInfo(entity.classId()).orElseThrow(NoSuchElementException::new);
    }

    private AssignmentEntity find(long assignmentId) {
        return assignments.findById(assignmentId).orElseThrow(() -> new NoSuchElementException("no such assignment"));
    }
}
