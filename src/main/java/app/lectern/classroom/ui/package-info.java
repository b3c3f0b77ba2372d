/** Views for teachers (classes, login cards, assigning) and students (joining a class, their assignments). */
package app.lectern.classroom.ui;
