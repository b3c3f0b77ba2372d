/** Test support shared by features: running persistence tests against PostgreSQL as well as H2. */
package app.lectern.testsupport;
