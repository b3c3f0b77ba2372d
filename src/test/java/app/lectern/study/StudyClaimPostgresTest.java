package app.lectern.study;

import app.lectern.testsupport.PostgresTest;

/** Every claiming test of {@link StudyClaimTest}, against PostgreSQL instead of H2. */
@PostgresTest
class StudyClaimPostgresTest extends StudyClaimTest {}
