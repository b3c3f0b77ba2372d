package app.lectern.classroom;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.notes.NoteSharing;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes' view of assignments: whose an attempt is, and whether its assignment shares notes with the teacher.
 * The teacher's access goes through {@link AssignmentAccess}, the gate of every gradebook call.
 */
@Component
@Transactional(readOnly = true)
class AssignmentNoteSharing implements NoteSharing {

    private final AssignmentAccess access;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    AssignmentNoteSharing(AssignmentAccess access, CurrentUser currentUser, JdbcClient jdbc) {
        this.access = access;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @Override
    public boolean attemptOfCurrentStudent(long attemptId) {
        Optional<UserRef> user = currentUser.get().filter(u -> u.has(Role.STUDENT));
        return user.isPresent()
                && jdbc.sql("select count(*) from assignment_attempt where id = ? and student_id = ?")
                                .params(attemptId, user.get().id())
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    @Override
    public boolean sharedWithTeacher(long attemptId) {
        return jdbc.sql("select count(*) from assignment_attempt t join assignment a on a.id = t.assignment_id"
                                + " where t.id = ? and a.notes_shared")
                        .param(attemptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Override
    public Optional<SharedAttempt> sharedAttempt(long assignmentId, long studentId) {
        AssignmentAccess.TeacherContext context = access.teacherContext(assignmentId);
        if (!context.assignment().notesShared() || !access.isStudent(context, studentId)) {
            return Optional.empty();
        }
        Long attempt = jdbc.sql("select id from assignment_attempt where assignment_id = ? and student_id = ?"
                        + " and superseded_at is null")
                .params(assignmentId, studentId)
                .query(Long.class)
                .optional()
                .orElse(null);
        return Optional.of(new SharedAttempt(attempt, context.module()));
    }
}
