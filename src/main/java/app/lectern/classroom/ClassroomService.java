package app.lectern.classroom;

import app.lectern.account.AccountService;
import app.lectern.account.AddressThrottle;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, rosters and assignments. A class is a tenant boundary: every method checks the signed-in user from
 * {@link CurrentUser} against the class it touches, never trusting ids from the caller. Another teacher's class
 * raises {@link AccessDeniedException}, an unknown id {@link NoSuchElementException}; views show both as the
 * same "not found" so nobody learns whether someone else's class exists. Refused input raises
 * {@link ClassroomException} with a translation key.
 */
@Service
@Transactional
public class ClassroomService {

    /** Join codes use letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** The length of a join code. */
    public static final int CODE_LENGTH = 8;

    /** The longest class name. */
    public static final int MAX_NAME = 100;

    /** The longest assignment title. */
    public static final int MAX_TITLE = 200;

    /** The most accounts one bulk creation makes. */
    public static final int MAX_BULK = 100;

    private final ClassRepository classes;
    private final MemberRepository members;
    private final AssignmentRepository assignments;
    private final AccountService accounts;
    private final AddressThrottle throttle;
    private final CurrentUser currentUser;
    private final ContentCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ModuleSnapshots snapshots;
    private final SecureRandom random = new SecureRandom();

    ClassroomService(
            ClassRepository classes,
            MemberRepository members,
            AssignmentRepository assignments,
            AccountService accounts,
            AddressThrottle throttle,
            CurrentUser currentUser,
            ContentCatalog catalog,
            JdbcClient jdbc,
            Optional<Clock> clock,
            ModuleSnapshots snapshots) {
        this.snapshots = snapshots;
        this.classes = classes;
        this.members = members;
        this.assignments = assignments;
        this.accounts = accounts;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- teacher: classes ----

    /** Creates a class of the signed-in teacher with a fresh join code. */
    public SchoolClass createClass(String name, ZoneId zone) {
        UserRef teacher = requireRole(Role.TEACHER);
        if (zone == null) {
            throw new ClassroomException("classroom.error.zone-required");
        }
        ClassEntity entity =
                classes.save(new ClassEntity(teacher.id(), validName(name), zone, newJoinCode(), clock.instant()));
        return toRecord(entity);
    }

    /** The signed-in teacher's classes, active ones first, by name. */
    @Transactional(readOnly = true)
    public List<SchoolClass> myClasses() {
        UserRef teacher = requireRole(Role.TEACHER);
        return classes.findByTeacherIdOrderByArchivedAscNameAsc(teacher.id()).stream()
                .map(this::toRecord)
                .toList();
    }

    /** One of the signed-in teacher's classes. */
    @Transactional(readOnly = true)
    public SchoolClass schoolClass(long classId) {
        return toRecord(ownClass(classId));
    }

    /** Renames one of the signed-in teacher's classes. */
    public SchoolClass rename(long classId, String name) {
        ClassEntity entity = ownClass(classId);
        entity.rename(validName(name));
        return toRecord(entity);
    }

    /** Archives a class: students no longer see it or its assignments, and its code no longer works. */
    public SchoolClass archive(long classId) {
        ClassEntity entity = ownClass(classId);
        entity.archived(true);
        return toRecord(entity);
    }

    /** Brings an archived class back. */
    public SchoolClass unarchive(long classId) {
        ClassEntity entity = ownClass(classId);
        entity.archived(false);
        return toRecord(entity);
    }

    /** Replaces the join code; the old one stops working at once. */
    public SchoolClass regenerateJoinCode(long classId) {
        ClassEntity entity = ownClass(classId);
        entity.joinCode(newJoinCode());
        return toRecord(entity);
    }

    /** The students of one of the signed-in teacher's classes, by display name. */
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long classId) {
        ClassEntity entity = ownClass(classId);
        List<RosterEntry> out = new ArrayList<>();
        for (MemberEntity m : members.findByClassIdOrderByJoinedAtAsc(entity.id())) {
            accounts.find(m.studentId())
                    .ifPresent(u -> out.add(new RosterEntry(u.id(), u.displayName(), u.loginName(), m.joinedAt())));
        }
        out.sort(Comparator.comparing(RosterEntry::displayName, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /**
     * Removes a student from the class. An account that was created in bulk for this class and belongs to no other
     * class is disabled; a student who signed up with a code keeps their account.
     */
    public void removeStudent(long classId, long studentId) {
        ClassEntity entity = ownClass(classId);
        MemberEntity member = members.findById(new MemberEntity.Key(entity.id(), studentId))
                .orElseThrow(() -> new NoSuchElementException("no such student in the class"));
        members.delete(member);
        members.flush();
        if (member.createdHere() && members.countByStudentId(studentId) == 0) {
            accounts.disable(studentId);
        }
    }

    /**
     * Creates one student account per display name and puts them in the class. The passwords exist only in the
     * returned cards (the database keeps hashes): print them now.
     */
    public List<LoginCard> bulkCreateStudents(long classId, List<String> displayNames) {
        ClassEntity entity = activeOwnClass(classId);
        List<String> names = displayNames == null
                ? List.of()
                : displayNames.stream()
                        .map(n -> n == null ? "" : n.strip())
                        .filter(n -> !n.isEmpty())
                        .toList();
        if (names.isEmpty()) {
            throw new ClassroomException("classroom.error.names-required");
        }
        if (names.size() > MAX_BULK) {
            throw new ClassroomException("classroom.error.too-many-names", MAX_BULK);
        }
        List<LoginCard> cards = new ArrayList<>();
        Instant now = clock.instant();
        for (String name : names) {
            String password = accounts.generatePassword();
            UserRef student = accounts.createStudent(name, password);
            members.save(new MemberEntity(entity.id(), student.id(), true, now));
            cards.add(new LoginCard(student.displayName(), student.loginName(), password));
        }
        return cards;
    }

    // ---- teacher: assignments ----

    /**
     * Assigns a module to one of the signed-in teacher's classes, pinning the module's current version: its
     * {@code module.yaml} is stored the first time the version is assigned.
     *
     * @throws ClassroomException for an unknown module, missing or inverted dates, or attempts outside 1–10
     */
    public Assignment assign(long classId, AssignmentSettings settings) {
        ClassEntity entity = activeOwnClass(classId);
        if (settings == null) {
            throw new ClassroomException("classroom.error.module-required");
        }
        LearningModule module = Optional.ofNullable(settings.moduleId())
                .flatMap(catalog::module)
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

    /** The assignments of one of the signed-in teacher's classes, by due date. */
    @Transactional(readOnly = true)
    public List<Assignment> assignments(long classId) {
        ClassEntity entity = ownClass(classId);
        return assignments.findByClassIdOrderByDueAtAsc(entity.id()).stream()
                .map(a -> a.toRecord(entity))
                .toList();
    }

    // ---- students ----

    /** Puts the signed-in student in the class with this code; joining twice changes nothing. */
    public JoinedClass joinWithCode(String code) {
        UserRef student = requireRole(Role.STUDENT);
        ClassEntity entity = classForCode(code);
        MemberEntity.Key key = new MemberEntity.Key(entity.id(), student.id());
        if (!members.existsById(key)) {
            members.save(new MemberEntity(entity.id(), student.id(), false, clock.instant()));
        }
        return new JoinedClass(entity.id(), entity.name());
    }

    /**
     * Creates a student account for someone not signed in and puts it in the class with this code. The code is
     * checked first, so a wrong code creates no account. The caller signs the new student in.
     *
     * @throws ClassroomException for a wrong or archived class's code
     * @throws app.lectern.account.AccountException for an invalid display name or password
     */
    public UserRef joinAsNewStudent(String code, String displayName, String password) {
        if (currentUser.get().isPresent()) {
            throw new ClassroomException("classroom.error.already-signed-in");
        }
        ClassEntity entity = classForCode(code);
        throttle.blocked(AddressThrottle.Kind.NEW_STUDENT).ifPresent(wait -> {
            throw new ClassroomException("classroom.error.join-throttled", wait.toSeconds());
        });
        UserRef student = accounts.createStudent(displayName, password);
        throttle.record(AddressThrottle.Kind.NEW_STUDENT);
        members.save(new MemberEntity(entity.id(), student.id(), false, clock.instant()));
        return student;
    }

    /** The signed-in student's active classes. */
    @Transactional(readOnly = true)
    public List<JoinedClass> myMemberships() {
        UserRef student = requireRole(Role.STUDENT);
        return activeClassesOf(student).values().stream()
                .sorted(Comparator.comparing(ClassEntity::name, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new JoinedClass(c.id(), c.name()))
                .toList();
    }

    /** The signed-in student's assignments that are open now, in active classes, by due date. */
    @Transactional(readOnly = true)
    public List<StudentAssignment> myAssignments() {
        UserRef student = requireRole(Role.STUDENT);
        Map<Long, ClassEntity> mine = activeClassesOf(student);
        if (mine.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, AttemptState> attempts = attemptsOf(student);
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
        UserRef student = requireRole(Role.STUDENT);
        Instant now = clock.instant();
        AssignmentEntity a = assignments.findById(assignmentId).orElseThrow(NoSuchElementException::new);
        ClassEntity entity = activeClassesOf(student).get(a.classId());
        if (entity == null) {
            throw new NoSuchElementException("no such assignment");
        }
        Assignment record = a.toRecord(entity);
        if (record.opensAt().isAfter(now)) {
            throw new NoSuchElementException("no such assignment");
        }
        return studentAssignment(record, now, attemptsOf(student).get(assignmentId));
    }

    private StudentAssignment studentAssignment(Assignment a, Instant now, AttemptState attempt) {
        int questions = (int) snapshots.of(a).questions().count();
        return new StudentAssignment(
                a,
                statusAt(a, now, attempt == null ? null : attempt.submitted()),
                attempt == null ? 0 : Math.min(attempt.answered(), questions),
                questions);
    }

    /** A student's current attempt at an assignment: submitted or not, and how many questions it answers. */
    private record AttemptState(boolean submitted, int answered) {}

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

    private Map<Long, ClassEntity> activeClassesOf(UserRef student) {
        List<Long> ids = members.findByStudentId(student.id()).stream()
                .map(MemberEntity::classId)
                .toList();
        return classes.findAllById(ids).stream()
                .filter(c -> !c.archived())
                .collect(Collectors.toMap(ClassEntity::id, Function.identity()));
    }

    /** The active class with the code; wrong codes are counted per client address against guessing. */
    private ClassEntity classForCode(String code) {
        String normalized = normalizeCode(code);
        if (normalized.isEmpty()) {
            throw new ClassroomException("classroom.error.code-required");
        }
        throttle.blocked(AddressThrottle.Kind.WRONG_JOIN_CODE).ifPresent(wait -> {
            throw new ClassroomException("classroom.error.join-throttled", wait.toSeconds());
        });
        Optional<ClassEntity> entity = classes.findByJoinCode(normalized);
        if (entity.isEmpty() || entity.get().archived()) {
            throttle.record(AddressThrottle.Kind.WRONG_JOIN_CODE);
            throw new ClassroomException(
                    entity.isEmpty() ? "classroom.error.code-unknown" : "classroom.error.code-archived");
        }
        return entity.get();
    }

    /** Codes are typed from a board: ignore case, spaces and dashes. */
    static String normalizeCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The caller's own class, refused with a message when it is archived (nothing new may happen in it). */
    private ClassEntity activeOwnClass(long classId) {
        ClassEntity entity = ownClass(classId);
        if (entity.archived()) {
            throw new ClassroomException("classroom.error.class-archived");
        }
        return entity;
    }

    private ClassEntity ownClass(long classId) {
        UserRef teacher = requireRole(Role.TEACHER);
        ClassEntity entity = classes.findById(classId).orElseThrow(() -> new NoSuchElementException("no such class"));
        if (entity.teacherId() != teacher.id()) {
            throw new AccessDeniedException("not your class");
        }
        return entity;
    }

    private UserRef requireRole(Role role) {
        UserRef user = currentUser.require();
        if (!user.has(role)) {
            throw new AccessDeniedException("requires " + role);
        }
        return user;
    }

    private static String validName(String name) {
        String n = name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new ClassroomException("classroom.error.name-required");
        }
        // invisible, reversing and control characters would make a name that reads as another (or as nothing)
        if (n.codePoints()
                        .anyMatch(c ->
                                Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT)
                || n.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ClassroomException("classroom.error.name-invalid");
        }
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            throw new ClassroomException("classroom.error.name-too-long", MAX_NAME);
        }
        return n;
    }

    private static Instant instant(LocalDateTime local, ZoneId zone) {
        try {
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new ClassroomException("classroom.error.dates-required");
        }
    }

    private String newJoinCode() {
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!classes.existsByJoinCode(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free join code");
    }

    private SchoolClass toRecord(ClassEntity c) {
        return new SchoolClass(
                c.id(), c.name(), c.zone(), c.joinCode(), c.archived(), (int) members.countByClassId(c.id()));
    }
}
