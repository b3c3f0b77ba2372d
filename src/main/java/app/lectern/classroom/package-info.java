/** The classroom's entry for views (ClassroomService) and assignments: pinned module snapshots and who may reach one. */
package app.lectern.classroom;
