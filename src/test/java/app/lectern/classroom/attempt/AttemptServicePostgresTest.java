package app.lectern.classroom.attempt;

import app.lectern.testsupport.PostgresTest;

/** Every attempt service test, on PostgreSQL. */
@PostgresTest
class AttemptServicePostgresTest extends AttemptServiceTest {}
