package app.lectern.lti;

import app.lectern.classroom.TeacherPageLinks;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The links to the platform's grade status and roster sync, on classes and assignments that a launch linked. */
@Component
@Transactional(readOnly = true)
class LmsPageLinks implements TeacherPageLinks {

    private final JdbcClient jdbc;

    LmsPageLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> forClass(long classId) {
        boolean linked = jdbc.sql("select count(*) from lti_class_context where class_id = ?")
                        .param(classId)
                        .query(Integer.class)
                        .single()
                > 0;
        return linked
                ? List.of(new Link("lti.roster.link", "teach/classes/" + classId + "/lms-roster", "lms-roster-link"))
                : List.of();
    }

    @Override
    public List<Link> forAssignment(long assignmentId) {
        boolean linked = jdbc.sql("select count(*) from lti_line_item where assignment_id = ?")
                        .param(assignmentId)
                        .query(Integer.class)
                        .single()
                > 0;
        return linked
                ? List.of(new Link(
                        "lti.grades.link", "teach/assignments/" + assignmentId + "/lms-grades", "lms-grades-link"))
                : List.of();
    }
}
