package app.lectern.classroom;

import app.lectern.classroom.roster.LmsEnrolment;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classroom as a learning platform (LTI) uses it: a class per course, made by its first teacher, an assignment per
 * activity with default settings, students enrolled by explicit ids. Classes and assignments are made as the
 * signed-in teacher (the launch signed them in), through the same checks as the teacher's own pages.
 */
@Service
@Transactional
public class LmsClassroom {

    /** How long an assignment made for a platform's activity stays open: the platform keeps its own dates. */
    static final int OPEN_DAYS = 365;

    private static final String FALLBACK_CLASS_NAME = "Course";

    private final ClassroomService classroom;
    private final LmsEnrolment enrolment;
    private final Clock clock;

    LmsClassroom(ClassroomService classroom, LmsEnrolment enrolment, Clock clock) {
        this.classroom = classroom;
        this.enrolment = enrolment;
        this.clock = clock;
    }

    /**
     * Makes a class of the signed-in teacher for a platform's course; a title that is no valid class name (empty,
     * symbols only) gives a neutral name, a long one is cut.
     *
     * @return the class id
     */
    public long createClass(String courseTitle) {
        String name = courseTitle == null ? "" : courseTitle.strip();
        if (name.codePointCount(0, name.length()) > ClassroomService.MAX_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, ClassroomService.MAX_NAME))
                    .strip();
        }
        try {
            return classroom.createClass(name, ZoneOffset.UTC).id();
        } catch (app.lectern.classroom.roster.ClassroomException invalidName) {
            return classroom.createClass(FALLBACK_CLASS_NAME, ZoneOffset.UTC).id();
        }
    }

    /**
     * Assigns a module to a class of the signed-in teacher with default settings: open from now for {@value
     * #OPEN_DAYS} days, two attempts per question, immediate feedback, shuffled options, late work accepted.
     *
     * @throws IllegalArgumentException for a module the teacher may not assign (unknown, not shared with them)
     */
    public Assignment assign(long classId, String moduleId) {
        LocalDateTime now =
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0);
        try {
            return classroom.assign(
                    classId,
                    new AssignmentSettings(
                            moduleId, null, now, now.plusDays(OPEN_DAYS), 2, FeedbackTiming.IMMEDIATE, true, true));
        } catch (app.lectern.classroom.roster.ClassroomException refused) {
            throw new IllegalArgumentException("the module cannot be assigned: " + refused.getMessage(), refused);
        }
    }

    /** Puts the student in the class (no teacher signed in needed); twice changes nothing. */
    public boolean enrol(long classId, long studentId) {
        return enrolment.enrol(classId, studentId);
    }

    /** The teacher who owns the class, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Long> teacherOf(long classId) {
        return enrolment.teacherOf(classId);
    }
}
