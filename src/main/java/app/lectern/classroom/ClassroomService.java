package app.lectern.classroom;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.classroom.roster.ClassInfo;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.JoinedClass;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.RosterEntry;
import app.lectern.classroom.roster.RosterService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.LearningModule;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, rosters and assignments: the views' one entry to the classroom; classes and rosters are kept by
 * {@link RosterService}, assignments here. A class is a tenant boundary: every method checks the signed-in user from
 * {@link CurrentUser} against the class it touches, never trusting ids from the caller. Another teacher's class
 * raises {@link AccessDeniedException}, an unknown id {@link NoSuchElementException}; views show both as the
 * same "not found" so nobody learns whether someone else's class exists. Refused input raises
 * {@link ClassroomException} with a translation key.
 */
@Service
@Transactional
public class ClassroomService {

    /** The length of a join code. */
    public static final int CODE_LENGTH = RosterService.CODE_LENGTH;

    /** The longest class name. */
    public static final int MAX_NAME = RosterService.MAX_NAME;

    /** The longest assignment title. */
    public static final int MAX_TITLE = 200;

    /** The most accounts one bulk creation makes. */
    public static final int MAX_BULK = RosterService.MAX_BULK;

    private final RosterService roster;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final ContentCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ModuleSnapshots snapshots;

    ClassroomService(
            RosterService roster,
            AssignmentRepository assignments,
            CurrentUser currentUser,
            ContentCatalog catalog,
            JdbcClient jdbc,
            Clock clock,
            ModuleSnapshots snapshots) {
        this.roster = roster;
        this.snapshots = snapshots;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- teacher: classes ----

    /** Creates a class of the signed-in teacher with a fresh join code. */
    public SchoolClass createClass(String name, ZoneId zone) {
        return roster.createClass(name, zone);
    }

    /** The signed-in teacher's classes, active ones first, by name. */
    public List<SchoolClass> myClasses() {
        return roster.myClasses();
    }

    /** One of the signed-in teacher's classes. */
    public SchoolClass schoolClass(long classId) {
        return roster.schoolClass(classId);
    }

    /** Renames one of the signed-in teacher's classes. */
    public SchoolClass rename(long classId, String name) {
        return roster.rename(classId, name);
    }

    /** Archives a class: students no longer see it or its assignments, and its code no longer works. */
    public SchoolClass archive(long classId) {
        return roster.archive(classId);
    }

    /** Brings an archived class back. */
    public SchoolClass unarchive(long classId) {
        return roster.unarchive(classId);
    }

    /** Replaces the join code; the old one stops working at once. */
    public SchoolClass regenerateJoinCode(long classId) {
        return roster.regenerateJoinCode(classId);
    }

    /** The students of one of the signed-in teacher's classes, by display name. */
    public List<RosterEntry> roster(long classId) {
        return roster.roster(classId);
    }

    /**
     * Removes a student from the class. An account that was created in bulk for this class and belongs to no other
     * class is disabled; a student who signed up with a code keeps their account.
     */
    public void removeStudent(long classId, long studentId) {
        roster.removeStudent(classId, studentId);
    }

    /**
     * Creates one student account per display name and puts them in the class. The passwords exist only in the
     * returned cards (the database keeps hashes): print them now.
     */
    public List<LoginCard> bulkCreateStudents(long classId, List<String> displayNames) {
        return roster.bulkCreateStudents(classId, displayNames);
    }

    /**
     * Gives a student of one of the signed-in teacher's classes a new one-time password, on a card to print (the
     * password exists only in the card). See {@link RosterService#resetStudentPassword}.
     */
    public LoginCard resetStudentPassword(long classId, long studentId) {
        return roster.resetStudentPassword(classId, studentId);
    }

    // ---- teacher: assignments ----

    /**
     * Assigns a module to one of the signed-in teacher's classes, pinning the module's current version: its
     * {@code module.yaml} is stored the first time the version is assigned.
     *
     * @throws ClassroomException for an unknown module, missing or inverted dates, or attempts outside 1–10
     */
    public Assignment assign(long classId, AssignmentSettings settings) {
        ClassInfo entity = roster.activeOwnClassInfo(classId);
        if (settings == null) {
            throw new ClassroomException("classroom.error.module-required");
        }
        long teacher = currentUser.require().id();
        LearningModule module = Optional.ofNullable(settings.moduleId())
                .flatMap(id -> catalog.assignable(id, teacher))
                .orElseThrow(() -> new ClassroomException("classroom.error.module-unknown"));
        String title = settings.title() == null || settings.title().isBlank()
                ? module.title()
                : settings.title().strip();
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw new ClassroomException("classroom.error.title-too-long", MAX_TITLE);
        }
        if (settings.opensAt() == null || settings.dueAt() == null) {
            throw new ClassroomException("classroom.error.dates-required");
        }
        Instant opens = instant(settings.opensAt(), entity.zone());
        Instant due = instant(settings.dueAt(), entity.zone());
        if (!due.isAfter(opens)) {
            throw new ClassroomException("classroom.error.due-before-open");
        }
        if (settings.attemptsPerQuestion() < AssignmentSettings.MIN_ATTEMPTS
                || settings.attemptsPerQuestion() > AssignmentSettings.MAX_ATTEMPTS) {
            throw new ClassroomException(
                    "classroom.error.attempts-range", AssignmentSettings.MIN_ATTEMPTS, AssignmentSettings.MAX_ATTEMPTS);
        }
        if (settings.feedbackTiming() == null) {
            throw new ClassroomException("classroom.error.feedback-required");
        }
        snapshots.pin(module, clock.instant());
        AssignmentEntity saved = assignments.save(new AssignmentEntity(
                entity.id(), module.id(), module.version(), title, opens, due, settings, clock.instant()));
        return saved.toRecord(entity);
    }

    /**
     * The modules the signed-in teacher may assign, by title: the library's and the published modules shared with
     * them.
     */
    public List<LearningModule> assignableModules() {
        UserRef user = currentUser.require();
        if (!user.has(Role.TEACHER)) {
            throw new AccessDeniedException("teachers only");
        }
        return catalog.assignable(user.id());
    }

    /** The assignments of one of the signed-in teacher's classes, by due date. */
    @Transactional(readOnly = true)
    public List<Assignment> assignments(long classId) {
        ClassInfo entity = roster.ownClassInfo(classId);
        return assignments.findByClassIdOrderByDueAtAsc(entity.id()).stream()
                .map(a -> a.toRecord(entity))
                .toList();
    }

    // ---- students ----

    /** Puts the signed-in student in the class with this code; joining twice changes nothing. */
    public JoinedClass joinWithCode(String code) {
        return roster.joinWithCode(code);
    }

    /**
     * Creates a student account for someone not signed in and puts it in the class with this code. The code is
     * checked first, so a wrong code creates no account. The caller signs the new student in.
     *
     * @throws ClassroomException for a wrong or archived class's code
     * @throws app.lectern.account.AccountException for an invalid display name or password
     */
    public UserRef joinAsNewStudent(String code, String displayName, String password) {
        return roster.joinAsNewStudent(code, displayName, password);
    }

    /** The signed-in student's active classes. */
    public List<JoinedClass> myMemberships() {
        return roster.myMemberships();
    }

    /** The signed-in student's assignments that are open now, in active classes, by due date. */
    @Transactional(readOnly = true)
    public List<StudentAssignment> myAssignments() {
        Map<Long, ClassInfo> mine = roster.myActiveClasses();
        if (mine.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, AttemptState> attempts = attemptsOf(currentUser.require());
        return assignments.findByClassIdInOrderByDueAtAsc(mine.keySet()).stream()
                .map(a -> a.toRecord(mine.get(a.classId())))
                .filter(a -> !a.opensAt().isAfter(now))
                .map(a -> studentAssignment(a, now, attempts.get(a.id())))
                .toList();
    }

    /**
     * One assignment of the signed-in student; an assignment that has not opened yet, or of a class they are not
     * in, does not exist for them.
     */
    @Transactional(readOnly = true)
    public StudentAssignment myAssignment(long assignmentId) {
        Map<Long, ClassInfo> mine = roster.myActiveClasses();
        Instant now = clock.instant();
        AssignmentEntity a = assignments.findById(assignmentId).orElseThrow(NoSuchElementException::new);
        ClassInfo entity = mine.get(a.classId());
        if (entity == null) {
            throw new NoSuchElementException("no such assignment");
        }
        Assignment record = a.toRecord(entity);
        if (record.opensAt().isAfter(now)) {
            throw new NoSuchElementException("no such assignment");
        }
        return studentAssignment(record, now, attemptsOf(currentUser.require()).get(assignmentId));
    }

    private StudentAssignment studentAssignment(Assignment a, Instant now, AttemptState attempt) {
        int questions = snapshots.of(a).questionsPerLearner();
        return new StudentAssignment(
                a,
                statusAt(a, now, attempt == null ? null : attempt.submitted()),
                attempt == null ? 0 : Math.min(attempt.answered(), questions),
                questions);
    }

    /** A student's current attempt at an assignment: submitted or not, and how many questions it answers. */
    private record AttemptState(boolean submitted, int answered) {}

    /**
     * The ids of a student's attempts (current and reset ones) whose feedback is not released now, by the rule
     * attempts follow ({@link Assignment#feedbackReleased}): the export of a student's own data leaves their
     * grading out, as their work page does. Says nothing but ids of the student's own attempts.
     */
    @Transactional(readOnly = true)
    public Set<Long> attemptsWithFeedbackWithheld(long studentId) {
        Instant now = clock.instant();
        Map<Long, Optional<Assignment>> byId = new HashMap<>();
        Set<Long> withheld = new HashSet<>();
        jdbc.sql(
                        "select id, assignment_id, submitted_at, first_submitted_at from assignment_attempt where student_id = ?")
                .param(studentId)
                .query((RowCallbackHandler) rs -> {
                    Optional<Assignment> assignment =
                            byId.computeIfAbsent(rs.getLong("assignment_id"), this::anyAssignment);
                    // an attempt a grant reopened stays as final as its first submit (AttemptService does the same)
                    boolean submitted =
                            rs.getObject("submitted_at") != null || rs.getObject("first_submitted_at") != null;
                    if (assignment.isEmpty() || !assignment.get().feedbackReleased(submitted, now)) {
                        withheld.add(rs.getLong("id"));
                    }
                });
        return withheld;
    }

    private Optional<Assignment> anyAssignment(long assignmentId) {
        return assignments
                .findById(assignmentId)
                .flatMap(a -> roster.classInfo(a.classId()).map(a::toRecord));
    }

    // ---- checks and helpers ----

    /** @param submitted whether the student's attempt is submitted, or {@code null} when they have not started */
    private static AssignmentStatus statusAt(Assignment a, Instant now, Boolean submitted) {
        if (Boolean.TRUE.equals(submitted)) {
            return AssignmentStatus.DONE;
        }
        if (now.isAfter(a.dueAt())) {
            return AssignmentStatus.LATE;
        }
        return submitted == null ? AssignmentStatus.TO_DO : AssignmentStatus.IN_PROGRESS;
    }

    /** The student's current attempts by assignment id (see {@code attempt.AttemptService}); reset ones do not count. */
    private Map<Long, AttemptState> attemptsOf(UserRef student) {
        Map<Long, AttemptState> out = new HashMap<>();
        jdbc.sql("select a.assignment_id, a.submitted_at,"
                        + " (select count(distinct r.question_id) from assignment_response r where r.attempt_id = a.id)"
                        + " as answered from assignment_attempt a where a.student_id = ? and a.superseded_at is null")
                .param(student.id())
                .query((RowCallbackHandler) rs -> out.put(
                        rs.getLong("assignment_id"),
                        new AttemptState(rs.getObject("submitted_at") != null, rs.getInt("answered"))));
        return out;
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        try {
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new ClassroomException("classroom.error.dates-required");
        }
    }
}
