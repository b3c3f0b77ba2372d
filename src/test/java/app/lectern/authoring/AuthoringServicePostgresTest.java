package app.lectern.authoring;

import app.lectern.testsupport.PostgresTest;

/** Every authoring service test, on PostgreSQL. */
@PostgresTest
class AuthoringServicePostgresTest extends AuthoringServiceTest {}
