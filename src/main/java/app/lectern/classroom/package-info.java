/** Classes, rosters, join codes and assignments: the teacher's tenant and what students are given to do. */
package app.lectern.classroom;
