package app.lectern.study;

import app.lectern.testsupport.PostgresTest;

/** Every self-study test of {@link StudyServiceTest}, against PostgreSQL instead of H2. */
@PostgresTest
class StudyServicePostgresTest extends StudyServiceTest {}
