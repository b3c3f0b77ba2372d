package app.lectern.demo;

import app.lectern.testsupport.PostgresTest;

/** The demo data of {@link DemoDataTest}, created on PostgreSQL instead of H2. */
@PostgresTest
class DemoDataPostgresTest extends DemoDataTest {}
