/** Servlet-level protection of the server: bounded anonymous sessions, refused oversized requests. */
package app.lectern.web;
