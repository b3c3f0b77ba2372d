package app.lectern.classroom.roster;

import java.time.ZoneId;

/**
 * A class as assignments see it.
 *
 * @param id the class id
 * @param teacherId the teacher who owns it
 * @param name the class name
 * @param zone the class's time zone, in which dates are given
 * @param archived whether it is archived (students no longer see it)
 */
public record ClassInfo(long id, long teacherId, String name, ZoneId zone, boolean archived) {}
