package app.lectern.account;

/**
 * Published, in the login request's thread, when someone signs in with their password: other features (self-study
 * claiming the browser's anonymous progress) react to it without the account feature knowing them.
 *
 * @param user the account that signed in
 */
public record SignedIn(UserRef user) {}
