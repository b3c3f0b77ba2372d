package app.lectern.classroom;

import app.lectern.testsupport.PostgresTest;

/** Every gradebook service test, on PostgreSQL. */
@PostgresTest
class GradebookServicePostgresTest extends GradebookServiceTest {}
