package app.lectern.storage;

import app.lectern.testsupport.PostgresTest;

/** Every display-seed test, on PostgreSQL. */
@PostgresTest
class DisplaySeedsPostgresTest extends DisplaySeedsTest {}
