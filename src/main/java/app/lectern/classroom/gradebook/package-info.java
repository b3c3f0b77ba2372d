/** The teacher's gradebook: rows, item analysis, skill mastery, score distribution and CSV export. */
package app.lectern.classroom.gradebook;
