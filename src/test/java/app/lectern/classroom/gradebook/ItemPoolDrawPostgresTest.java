package app.lectern.classroom.gradebook;

import app.lectern.testsupport.PostgresTest;

/** The item pool draw tests, on PostgreSQL. */
@PostgresTest
class ItemPoolDrawPostgresTest extends ItemPoolDrawTest {}
