package app.lectern.classroom.gradebook;

import app.lectern.testsupport.PostgresTest;

/** Every gradebook service test, on PostgreSQL. */
@PostgresTest
class GradebookServicePostgresTest extends GradebookServiceTest {}
