package app.lectern.demo;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.answering.Feedback;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.attempt.AttemptView;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.RosterEntry;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.Answer;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypes;
import app.lectern.question.open.OpenAnswer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo data through the real services, each call made as the user who would make it (the teacher
 * creates the class and the assignment, every student answers for themselves), so every answer is checked, graded
 * and stored exactly as if a student had clicked. All answers are fictional and deterministic (seeded).
 */
@Service
public class DemoData {

    /** The demo teacher's login name; its existence means the demo data exists. */
    public static final String TEACHER = "demo-teacher";

    /** The demo class's name. */
    public static final String CLASS_NAME = "Demo class";

    /** The bundled module the demo assignment uses. */
    public static final String MODULE = "china-russia-ukraine";

    private static final long SEED = 20250417L;

    /** How far a student has got. */
    enum Stage {
        SUBMITTED,
        IN_PROGRESS,
        NOT_STARTED
    }

    /**
     * A fictional student.
     *
     * @param name display name
     * @param stage how far they have got
     * @param skill the chance of answering right at the first try
     * @param share the share of the questions they answered
     * @param writesEssay whether they answer the open question (left pending for the teacher's review)
     */
    record Student(String name, Stage stage, double skill, double share, boolean writesEssay) {}

    static final List<Student> STUDENTS = List.of(
            new Student("Amara Okafor", Stage.SUBMITTED, 0.9, 1.0, true),
            new Student("Mateo García", Stage.SUBMITTED, 0.75, 1.0, false),
            new Student("Yuki Tanaka", Stage.SUBMITTED, 0.6, 1.0, false),
            new Student("Leila Haddad", Stage.SUBMITTED, 0.45, 0.9, false),
            new Student("Sven Lindqvist", Stage.SUBMITTED, 0.8, 1.0, false),
            new Student("Noah Schmidt", Stage.IN_PROGRESS, 0.7, 0.5, false),
            new Student("Priya Raman", Stage.IN_PROGRESS, 0.55, 0.25, false),
            new Student("Kofi Mensah", Stage.NOT_STARTED, 0, 0, false));

    private static final String ESSAY = "Kyiv might doubt it because Zelensky says Chinese citizens were captured"
            + " fighting for Russia and that China supplies weapons and gunpowder. China says it is neutral, wants"
            + " peace and calls the claims about its fighters completely baseless. The author says there is no"
            + " evidence linking the fighters to Beijing, but the partnership without limits makes trust hard.";

    private final AccountService accounts;
    private final ClassroomService classroom;
    private final AttemptService attempts;
    private final UserDetailsService userDetails;
    private final Clock clock;

    DemoData(
            AccountService accounts,
            ClassroomService classroom,
            AttemptService attempts,
            UserDetailsService userDetails,
            Clock clock) {
        this.accounts = accounts;
        this.classroom = classroom;
        this.attempts = attempts;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    /**
     * Creates the demo data unless the demo teacher exists, all or nothing. Either way the demo accounts get new
     * random passwords, returned in the summary (they are stored only as hashes, so this is the only way to show
     * them again).
     */
    @Transactional
    public DemoSummary ensure() {
        Optional<UserRef> existing = accounts.findByLoginName(TEACHER);
        return existing.isPresent() ? renewPasswords(existing.get()) : create();
    }

    private DemoSummary create() {
        String teacherPassword = accounts.generatePassword();
        UserRef teacher = accounts.createTeacher("Demo Teacher", TEACHER, teacherPassword);
        SchoolClass schoolClass = as(teacher, () -> classroom.createClass(CLASS_NAME, ZoneId.systemDefault()));
        List<LoginCard> cards = as(
                teacher,
                () -> classroom.bulkCreateStudents(
                        schoolClass.id(), STUDENTS.stream().map(Student::name).toList()));
        LocalDateTime today =
                LocalDateTime.now(clock.withZone(schoolClass.zone())).truncatedTo(ChronoUnit.HOURS);
        Assignment assignment = as(
                teacher,
                () -> classroom.assign(
                        schoolClass.id(),
                        new AssignmentSettings(
                                MODULE,
                                null,
                                today.minusDays(1),
                                today.plusDays(7),
                                2,
                                FeedbackTiming.IMMEDIATE,
                                false,
                                true)));
        Random random = new Random(SEED);
        for (int i = 0; i < STUDENTS.size(); i++) {
            Student student = STUDENTS.get(i);
            UserRef account = accounts.findByLoginName(cards.get(i).loginName()).orElseThrow();
            as(account, () -> work(assignment.id(), student, random));
        }
        return new DemoSummary(
                true,
                new DemoSummary.Login("Demo Teacher", TEACHER, teacherPassword),
                schoolClass.id(),
                schoolClass.joinCode(),
                assignment.id(),
                cards.stream()
                        .map(c -> new DemoSummary.Login(c.displayName(), c.loginName(), c.password()))
                        .toList());
    }

    /** One student's work, in reading order: answers, a retry after some mistakes, a submit. */
    private Void work(long assignmentId, Student student, Random random) {
        if (student.stage() == Stage.NOT_STARTED) {
            return null;
        }
        AttemptView view = attempts.open(assignmentId);
        LearningModule module = view.module();
        List<Question> questions = module.questions().toList();
        int answering = (int) Math.round(questions.size() * student.share());
        String lastSection = null;
        for (Question question : questions.subList(0, answering)) {
            // questions a teacher grades are written by the one essay writer only
            if (!question.autoScored()) {
                if (student.writesEssay()) {
                    attempts.answer(assignmentId, question.id(), new OpenAnswer(ESSAY));
                }
                continue;
            }
            QuestionType<?, ?> type = QuestionTypes.of(question);
            Optional<Answer> first = type.sampleAnswer(module, question, random.nextDouble() < student.skill(), random);
            if (first.isEmpty()) {
                continue;
            }
            Feedback feedback = attempts.answer(assignmentId, question.id(), first.get());
            if (feedback.canRetry() && random.nextDouble() < 0.6) {
                Optional<Answer> second =
                        type.sampleAnswer(module, question, random.nextDouble() < student.skill(), random);
                attempts.answer(assignmentId, question.id(), second.orElseThrow());
            }
            lastSection = sectionOf(module, question);
        }
        if (lastSection != null) {
            attempts.visit(assignmentId, lastSection);
        }
        if (student.stage() == Stage.SUBMITTED) {
            attempts.submit(assignmentId);
        }
        return null;
    }

    private static String sectionOf(LearningModule module, Question question) {
        return module.sections().stream()
                .filter(s -> s.questions().contains(question))
                .map(Section::id)
                .findFirst()
                .orElse(null);
    }

    private DemoSummary renewPasswords(UserRef teacher) {
        String teacherPassword = accounts.generatePassword();
        // a password is changed by its owner: each change runs as that user
        as(teacher, () -> {
            accounts.changePassword(teacher.id(), teacherPassword);
            return null;
        });
        Optional<SchoolClass> demoClass = as(
                teacher,
                () -> classroom.myClasses().stream()
                        .filter(c -> c.name().equals(CLASS_NAME))
                        .findFirst());
        List<DemoSummary.Login> students = new ArrayList<>();
        long assignmentId = 0;
        if (demoClass.isPresent()) {
            long classId = demoClass.get().id();
            for (RosterEntry entry : as(teacher, () -> classroom.roster(classId))) {
                String password = accounts.generatePassword();
                UserRef student = accounts.find(entry.studentId()).orElseThrow();
                as(student, () -> {
                    accounts.changePassword(student.id(), password);
                    return null;
                });
                students.add(new DemoSummary.Login(entry.displayName(), entry.loginName(), password));
            }
            assignmentId = as(teacher, () -> classroom.assignments(classId)).stream()
                    .filter(a -> a.moduleId().equals(MODULE))
                    .mapToLong(Assignment::id)
                    .findFirst()
                    .orElse(0);
        }
        return new DemoSummary(
                false,
                new DemoSummary.Login(teacher.displayName(), TEACHER, teacherPassword),
                demoClass.map(SchoolClass::id).orElse(0L),
                demoClass.map(SchoolClass::joinCode).orElse(null),
                assignmentId,
                students);
    }

    /** Runs the action signed in as the user, the way a login does, and restores the previous context. */
    private <T> T as(UserRef user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails details = userDetails.loadUserByUsername(user.loginName());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
