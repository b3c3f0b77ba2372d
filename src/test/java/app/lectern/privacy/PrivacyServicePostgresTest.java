package app.lectern.privacy;

import app.lectern.testsupport.PostgresTest;

/** Export, erasure and retention on PostgreSQL. */
@PostgresTest
class PrivacyServicePostgresTest extends PrivacyServiceTest {}
