/** Test support shared by features: shared Spring test contexts, the test clock, H2 and PostgreSQL variants. */
package app.lectern.testsupport;
