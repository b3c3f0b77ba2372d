package app.lectern.account;

/** Makes administrators in tests of other packages; the service keeps {@code makeAdmin} to start-up code. */
public final class TestAdmins {

    private TestAdmins() {}

    /** Makes the account with this login name an administrator. */
    public static void make(AccountService accounts, String loginName) {
        accounts.makeAdmin(loginName);
    }
}
