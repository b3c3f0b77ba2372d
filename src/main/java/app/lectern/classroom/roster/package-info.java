/** Classes, memberships, join codes and login cards: the teacher's tenant and who is in it. */
package app.lectern.classroom.roster;
