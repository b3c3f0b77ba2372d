package app.lectern.classroom;

import app.lectern.testsupport.PostgresTest;

/** Every classroom service test, on PostgreSQL. */
@PostgresTest
class ClassroomServicePostgresTest extends ClassroomServiceTest {}
