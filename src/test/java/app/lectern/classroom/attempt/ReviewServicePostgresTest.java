package app.lectern.classroom.attempt;

import app.lectern.testsupport.PostgresTest;

/** Every review service test, on PostgreSQL. */
@PostgresTest
class ReviewServicePostgresTest extends ReviewServiceTest {}
