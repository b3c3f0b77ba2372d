package app.lectern.classroom.roster;

import java.time.ZoneId;

/**
 * A class as its teacher sees it.
 *
 * @param id the class id
 * @param name the class name
 * @param zone the time zone its dates are given in
 * @param joinCode the code students join with
 * @param archived whether the class is archived (no joins, hidden from students)
 * @param students the number of students
 */
public record SchoolClass(long id, String name, ZoneId zone, String joinCode, boolean archived, int students) {}
