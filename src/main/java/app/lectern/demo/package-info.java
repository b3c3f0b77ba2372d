/** Demo mode ({@code lectern.demo=true}): a demo teacher, class, students and answers, made through the real services. */
package app.lectern.demo;
