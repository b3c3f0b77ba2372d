package app.lectern.classroom;

import app.lectern.testsupport.PostgresTest;

/** Every review service test, on PostgreSQL. */
@PostgresTest
class ReviewServicePostgresTest extends ReviewServiceTest {}
