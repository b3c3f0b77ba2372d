package app.lectern.classroom.roster;

import app.lectern.account.AccountService;
import app.lectern.account.AddressThrottle;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, rosters, join codes and login cards. A class is a tenant boundary: every method checks the signed-in user from
 * {@link CurrentUser} against the class it touches, never trusting ids from the caller. Another teacher's class
 * raises {@link AccessDeniedException}, an unknown id {@link NoSuchElementException}; views show both as the
 * same "not found" so nobody learns whether someone else's class exists. Refused input raises
 * {@link ClassroomException} with a translation key. The lookups at the end ({@link #classInfo}, {@link #isMember},
 * {@link #studentIds}) check nobody: they serve the assignment gate, which checks the caller first.
 */
@Service
@Transactional
public class RosterService {

    /** Join codes use letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** The length of a join code. */
    public static final int CODE_LENGTH = 8;

    /** The longest class name. */
    public static final int MAX_NAME = 100;

    /** The most accounts one bulk creation makes. */
    public static final int MAX_BULK = 100;

    private final ClassRepository classes;
    private final MemberRepository members;
    private final AccountService accounts;
    private final AddressThrottle throttle;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RosterService(
            ClassRepository classes,
            MemberRepository members,
            AccountService accounts,
            AddressThrottle throttle,
            CurrentUser currentUser,
            Clock clock) {
        this.classes = classes;
        this.members = members;
        this.accounts = accounts;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.clock = clock;
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
                    .ifPresent(u -> out.add(new RosterEntry(
                            u.id(), u.displayName(), u.loginName(), m.joinedAt(), accounts.hasPassword(u.id()))));
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
        // two cards with the same name cannot be handed to the right students
        List<String> twice = RosterNames.duplicates(names);
        if (!twice.isEmpty()) {
            throw new ClassroomException("classroom.error.duplicate-names", String.join(", ", twice));
        }
        List<String> taken = RosterNames.alreadyIn(
                names,
                members.findByClassIdOrderByJoinedAtAsc(entity.id()).stream()
                        .flatMap(m -> accounts.find(m.studentId()).stream())
                        .map(UserRef::displayName)
                        .toList());
        if (!taken.isEmpty()) {
            throw new ClassroomException("classroom.error.names-in-class", String.join(", ", taken));
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

    /**
     * Gives a student of one of the signed-in teacher's classes a new one-time password (they choose their own at
     * the next sign-in) and returns it on a login card; the database keeps only its hash. Only the class's own
     * teacher may, and only for a student in that class; {@link AccountService#resetPassword} refuses any account
     * that is not a student's alone (a teacher never resets a teacher's or an admin's password) and logs the reset.
     *
     * @throws AccessDeniedException for another teacher's class, a student-only refusal, or a non-teacher
     * @throws NoSuchElementException for an unknown class or a student who is not in it
     */
    public LoginCard resetStudentPassword(long classId, long studentId) {
        ClassEntity entity = ownClass(classId);
        if (!members.existsById(new MemberEntity.Key(entity.id(), studentId))) {
            throw new NoSuchElementException("no such student in the class");
        }
        UserRef student = accounts.find(studentId).orElseThrow(() -> new NoSuchElementException("no such student"));
        String password = accounts.resetPassword(studentId);
        return new LoginCard(student.displayName(), student.loginName(), password);
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

    // ---- checks and helpers ----

    // ---- for the classroom's assignments: a class as a record, and who is in it ----

    /**
     * One of the signed-in teacher's classes.
     *
     * @throws AccessDeniedException for another teacher's class
     * @throws NoSuchElementException for an unknown class
     */
    @Transactional(readOnly = true)
    public ClassInfo ownClassInfo(long classId) {
        return info(ownClass(classId));
    }

    /** Like {@link #ownClassInfo}, refused with a message when the class is archived (nothing new may happen in it). */
    @Transactional(readOnly = true)
    public ClassInfo activeOwnClassInfo(long classId) {
        return info(activeOwnClass(classId));
    }

    /** The signed-in student's active classes by id. */
    @Transactional(readOnly = true)
    public Map<Long, ClassInfo> myActiveClasses() {
        UserRef student = requireRole(Role.STUDENT);
        return activeClassesOf(student).values().stream().collect(Collectors.toMap(ClassEntity::id, this::info));
    }

    /** A class by id, for callers that check access themselves. */
    @Transactional(readOnly = true)
    public Optional<ClassInfo> classInfo(long classId) {
        return classes.findById(classId).map(this::info);
    }

    /** Whether the student is in the class. */
    @Transactional(readOnly = true)
    public boolean isMember(long classId, long studentId) {
        return members.existsById(new MemberEntity.Key(classId, studentId));
    }

    /** The students of the class, in the order they joined. */
    @Transactional(readOnly = true)
    public List<Long> studentIds(long classId) {
        return members.findByClassIdOrderByJoinedAtAsc(classId).stream()
                .map(MemberEntity::studentId)
                .toList();
    }

    private ClassInfo info(ClassEntity c) {
        return new ClassInfo(c.id(), c.teacherId(), c.name(), c.zone(), c.archived());
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
        // invisible, reversing and control characters would make a name that reads as another (or as nothing);
        // U+2028/U+2029 (LINE/PARAGRAPH SEPARATOR, neither CONTROL nor FORMAT) break lines in exports
        if (n.codePoints().anyMatch(c -> switch (Character.getType(c)) {
                    case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
                        true;
                    default -> false;
                })
                || n.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ClassroomException("classroom.error.name-invalid");
        }
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            throw new ClassroomException("classroom.error.name-too-long", MAX_NAME);
        }
        return n;
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
