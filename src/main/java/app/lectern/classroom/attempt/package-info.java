/** Attempts at assignments (answers graded against the pinned snapshot, atomic submit) and the teacher's review of them. */
package app.lectern.classroom.attempt;
