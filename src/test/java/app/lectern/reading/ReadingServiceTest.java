package app.lectern.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.reading.ReadingSettings.ColumnWidth;
import app.lectern.reading.ReadingSettings.Font;
import app.lectern.reading.ReadingSettings.Theme;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading settings kept per learner, and following an anonymous learner into an account at sign-in. */
@LecternSpringTest
class ReadingServiceTest {

    @Autowired
    ReadingService reading;

    @Autowired
    StudyService study;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private final UUID learner = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    @Test
    void aLearnerWhoNeverChoseAnythingGetsTheDefaultsAndNothingIsStored() {
        assertThat(reading.settings(learner)).isEqualTo(ReadingSettings.DEFAULTS);
        assertThat(rows(learner)).isZero();
    }

    @Test
    void aNewAnonymousLearnersSettingsAreStoredAndReadBack() {
        ReadingSettings mine = ReadingSettings.DEFAULTS
                .withTextSize(150)
                .withFont(Font.OPENDYSLEXIC)
                .withTheme(Theme.SEPIA)
                .withWidth(ColumnWidth.NARROW)
                .withLetterSpacing(12)
                .withWordSpacing(16)
                .withParagraphSpacing(200)
                .withLineSpacing(250)
                .withSpeechRate(75);
        reading.save(learner, mine);
        assertThat(reading.settings(learner)).isEqualTo(mine);
        reading.save(learner, mine.withTextSize(200));
        assertThat(reading.settings(learner).textSize()).isEqualTo(200);
        assertThat(rows(learner)).isOne();
    }

    @Test
    void anotherLearnersSettingsStayUntouched() {
        reading.save(other, ReadingSettings.DEFAULTS.withFont(Font.LEXEND));
        reading.save(
                learner, ReadingSettings.DEFAULTS.withFont(Font.OPENDYSLEXIC).withTextSize(175));
        assertThat(reading.settings(other)).isEqualTo(ReadingSettings.DEFAULTS.withFont(Font.LEXEND));
    }

    @Test
    void hostileValuesNeverReachTheStore() {
        reading.save(learner, ReadingSettings.DEFAULTS.withTextSize(130));
        assertThatThrownBy(() -> reading.save(learner, ReadingSettings.DEFAULTS.withTextSize(10_000)))
                .isInstanceOf(ReadingSettingsException.class);
        assertThatThrownBy(() -> reading.save(learner, ReadingSettings.DEFAULTS.withFont(Font.fromId("wingdings"))))
                .isInstanceOf(ReadingSettingsException.class);
        assertThatThrownBy(() -> reading.save(learner, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> reading.save(null, ReadingSettings.DEFAULTS)).isInstanceOf(NullPointerException.class);
        assertThat(reading.settings(learner).textSize()).isEqualTo(130);
    }

    @Test
    void aStoredRowThatNoLongerPassesReadsAsTheDefaults() {
        reading.save(learner, ReadingSettings.DEFAULTS.withFont(Font.LEXEND));
        jdbc.sql("update reading_settings set font = 'gone' where learner_id = ?")
                .param(learner)
                .update();
        assertThat(reading.settings(learner)).isEqualTo(ReadingSettings.DEFAULTS);
    }

    @Test
    void settingsFollowTheAnonymousLearnerIntoAnAccountWithoutSettings() {
        long user = accounts.createStudent("Reading Tester", "correct-horse-battery")
                .id();
        ReadingSettings mine =
                ReadingSettings.DEFAULTS.withFont(Font.OPENDYSLEXIC).withTextSize(175);
        reading.save(learner, mine);
        StudyService.Claim claim = study.claim(learner, user);
        assertThat(reading.settings(claim.accountLearner())).isEqualTo(mine);
    }

    @Test
    void anAccountsOwnSettingsWinAtSignIn() {
        long user = accounts.createStudent("Reading Tester", "correct-horse-battery")
                .id();
        UUID account = study.accountLearner(user);
        ReadingSettings theirs = ReadingSettings.DEFAULTS.withTheme(Theme.DARK);
        reading.save(account, theirs);
        reading.save(learner, ReadingSettings.DEFAULTS.withFont(Font.LEXEND));
        study.claim(learner, user);
        assertThat(reading.settings(account)).isEqualTo(theirs);
        assertThat(reading.settings(learner).font())
                .as("the anonymous row stays as it was")
                .isEqualTo(Font.LEXEND);
    }

    private int rows(UUID id) {
        return jdbc.sql("select count(*) from reading_settings where learner_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
