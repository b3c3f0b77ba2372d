package app.lectern.lti;

import app.lectern.account.Role;
import app.lectern.classroom.LmsClassroom;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What grade passback and roster sync need of the launch side, from the same account links launches make: the
 * platform's user id of an account (a score's {@code userId}), the account of a listed member, a place in the class.
 */
@Component
class LinkedRoster implements SubjectLookup, RosterTarget {

    private final JdbcClient jdbc;
    private final LinkedAccounts accounts;
    private final LmsClassroom classroom;

    LinkedRoster(JdbcClient jdbc, LinkedAccounts accounts, LmsClassroom classroom) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.classroom = classroom;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> subject(long registrationId, long userId) {
        return jdbc.sql("select subject from lti_account where registration_id = ? and user_id = ?")
                .params(registrationId, userId)
                .query(String.class)
                .optional();
    }

    @Override
    @Transactional
    public long linkedAccount(long registrationId, String subject, String name, boolean instructor) {
        return accounts.findOrCreate(registrationId, subject, name, instructor ? Role.TEACHER : Role.STUDENT)
                .id();
    }

    @Override
    @Transactional
    public boolean enrol(long classId, long userId) {
        return classroom.enrol(classId, userId);
    }
}
