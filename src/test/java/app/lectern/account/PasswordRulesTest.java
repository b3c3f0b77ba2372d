package app.lectern.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules beyond length (NIST SP 800-63B): common, repeated, consecutive, the account's own name. */
class PasswordRulesTest {

    @Test
    void theBundledListHasTensOfThousandsOfCommonPasswords() {
        assertThat(PasswordRules.commonCount()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password1", "PASSWORD123", "Football", "iloveyou", "qwertyuiop"}) {
            assertThat(PasswordRules.refusal(common)).as(common).contains("account.error.password-common");
        }
    }

    @Test
    void repeatedAndConsecutiveCharactersAreRefused() {
        for (String trivial : new String[] {
            "aaaaaaaaaa",
            "zzzzzzzz",
            "abababababab",
            "xyzxyzxyzxyz",
            "12341234",
            "23456789",
            "abcdefghij",
            "98765432",
            "ZYXWVUTS"
        }) {
            assertThat(PasswordRules.refusal(trivial)).as(trivial).isPresent();
        }
    }

    @Test
    void theAccountsOwnNamesAreRefused() {
        assertThat(PasswordRules.refusal("Maria-4821", "maria-4821", "Maria Lopez"))
                .contains("account.error.password-is-name");
        assertThat(PasswordRules.refusal("maria lopez", "maria-4821", "Maria Lopez"))
                .contains("account.error.password-is-name");
    }

    @Test
    void ordinaryPassphrasesAndGeneratedCardPasswordsPass() {
        for (String fine :
                new String[] {"owl-lemon-kite-42", "correct horse 1", "Tee mit Zitrone!", "a-long-password"}) {
            assertThat(PasswordRules.refusal(fine, "maria-4821", "Maria"))
                    .as(fine)
                    .isEmpty();
        }
    }
}
