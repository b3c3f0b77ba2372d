package app.lectern.classroom.roster;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memberships a learning platform decides (LTI launches and roster syncs): by explicit account ids, with no
 * signed-in teacher. The platform already checked who belongs to its course; the caller checked the platform.
 */
@Service
@Transactional
public class LmsEnrolment {

    private final ClassRepository classes;
    private final MemberRepository members;
    private final Clock clock;

    LmsEnrolment(ClassRepository classes, MemberRepository members, Clock clock) {
        this.classes = classes;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Puts the student in the class; enrolling twice changes nothing.
     *
     * @return whether the student was not a member before
     * @throws java.util.NoSuchElementException for an unknown class
     */
    public boolean enrol(long classId, long studentId) {
        classes.findById(classId).orElseThrow(() -> new java.util.NoSuchElementException("no such class"));
        MemberEntity.Key key = new MemberEntity.Key(classId, studentId);
        if (members.existsById(key)) {
            return false;
        }
        members.save(new MemberEntity(classId, studentId, false, clock.instant()));
        return true;
    }

    /** The teacher who owns the class, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Long> teacherOf(long classId) {
        return classes.findById(classId).map(ClassEntity::teacherId);
    }
}
