package app.lectern.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Highlights and notes against the shipped module and H2: the server's checks, caps, scopes and sharing. */
@LecternSpringTest
class NotesServiceTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    NotesService notes;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    StudyService study;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    LearningModule module;
    Section section;
    String text;
    UUID learner;
    NoteScope scope;

    @BeforeEach
    void aLearnerReadingTheModule() {
        module = catalog.module(MODULE).orElseThrow();
        section = module.sections().get(1);
        text = SectionText.of(section.body());
        learner = UUID.randomUUID();
        scope = new NoteScope(learner, module, null);
    }

    @AfterEach
    void reset() {
        ClassroomTestUsers.signOut();
        clock.reset();
    }

    /** Some words of the section's text and where they start. */
    private record Words(String quote, int offset) {}

    private Words words(int from, int length) {
        return new Words(text.substring(from, from + length).strip(), from);
    }

    @Test
    void aHighlightIsCheckedAgainstTheSectionTextAndKept() {
        Words w = words(20, 30);
        Note note = notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "question", " Why? ");

        assertThat(note.quote()).isEqualTo(w.quote());
        assertThat(note.offset()).isEqualTo(w.offset());
        assertThat(note.colour()).isEqualTo(NoteColour.QUESTION);
        assertThat(note.text()).isEqualTo("Why?");
        assertThat(notes.notes(scope)).containsExactly(note);
        // white space as the browser may send it, and an offset a few characters off: found and corrected
        Note near = notes.highlight(
                scope, section.id(), "original", w.quote().replace(" ", " \n\t "), w.offset() + 7, "evidence", "");
        assertThat(near.offset()).isEqualTo(w.offset());
        assertThat(near.quote()).isEqualTo(w.quote());
    }

    @Test
    void wordsOfAnEasierLevelAreCheckedAgainstThatLevelsText() {
        LearningModule levelled = catalog.module("reading-war-claims").orElseThrow();
        Section first = levelled.sections().getFirst();
        String easier = SectionText.of(first.level("easier").orElseThrow().body());
        String original = SectionText.of(first.body());
        // words of the easier text that the original does not have
        String onlyEasier = null;
        for (int from = 0; from + 25 < easier.length() && onlyEasier == null; from += 5) {
            String candidate = easier.substring(from, from + 25).strip();
            if (!original.contains(candidate)) {
                onlyEasier = candidate;
            }
        }
        assertThat(onlyEasier)
                .as("the easier level says something in its own words")
                .isNotNull();
        NoteScope here = new NoteScope(learner, levelled, null);
        int at = easier.indexOf(onlyEasier);

        Note note = notes.highlight(here, first.id(), "level:easier", onlyEasier, at, "important", "");

        assertThat(note.textVariant()).isEqualTo("level:easier");
        assertThat(note.offset()).isEqualTo(at);
        String words = onlyEasier;
        assertRefused(
                () -> notes.highlight(here, first.id(), "original", words, at, "important", ""),
                "notes.refused.quote-not-found");
        assertRefused(
                () -> notes.highlight(here, first.id(), "level:hardest", words, at, "important", ""),
                "notes.refused.variant");
        assertRefused(
                () -> notes.highlight(here, first.id(), "level:" + "e".repeat(200), words, at, "important", ""),
                "notes.refused.variant");
    }

    @Test
    void hostileQuotesOffsetsIdsAndLengthsAreRefusedWithAReason() {
        Words w = words(40, 20);
        assertRefused(
                () -> notes.highlight(scope, "no-such-section", "original", w.quote(), w.offset(), "important", ""),
                "notes.refused.section");
        assertRefused(
                () -> notes.highlight(scope, null, "original", w.quote(), w.offset(), "important", ""),
                "notes.refused.section");
        assertRefused(
                () -> notes.highlight(scope, section.id(), "grade-6", w.quote(), w.offset(), "important", ""),
                "notes.refused.variant");
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "red", ""),
                "notes.refused.colour");
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", " \n ", 0, "important", ""),
                "notes.refused.quote-length");
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", null, 0, "important", ""),
                "notes.refused.quote-length");
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", "x".repeat(501), 0, "important", ""),
                "notes.refused.quote-length");
        assertRefused(
                () -> notes.highlight(
                        scope, section.id(), "original", "words that are not in the text", 0, "important", ""),
                "notes.refused.quote-not-found");
        // the words of another section
        String elsewhere = SectionText.of(module.sections().get(0).body()).substring(0, 40);
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", elsewhere, 0, "important", ""),
                "notes.refused.quote-not-found");
        // real words, but far from where the browser says they are
        String unique = uniqueWords();
        int at = text.indexOf(unique);
        for (int offset : new int[] {at + NotesService.NEAR + 1, -5_000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            if (Math.abs((long) offset - at) > NotesService.NEAR) {
                assertRefused(
                        () -> notes.highlight(scope, section.id(), "original", unique, offset, "important", ""),
                        "notes.refused.quote-not-found");
            }
        }
        assertRefused(
                () -> notes.highlight(
                        scope, section.id(), "original", w.quote(), w.offset(), "important", "n".repeat(1_001)),
                "notes.refused.text-length");
        assertRefused(() -> notes.sectionNote(scope, section.id(), "important", "  "), "notes.refused.empty");
        assertThat(notes.notes(scope)).isEmpty();

        // 1,000 characters counted as code points fit, an emoji being one
        Note long1000 = notes.highlight(
                scope, section.id(), "original", w.quote(), w.offset(), "important", "😀".repeat(1_000));
        assertThat(long1000.text()).hasSize(2_000);
        String longest = text.substring(0, Math.min(text.length(), 500)).strip();
        assertThat(notes.highlight(scope, section.id(), "original", longest, 0, "evidence", "")
                        .quote())
                .isEqualTo(longest);
    }

    @Test
    void anotherLearnersNoteIsOutOfReach() {
        Words w = words(10, 25);
        Note mine = notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "important", "mine");
        NoteScope other = new NoteScope(UUID.randomUUID(), module, null);

        assertThat(notes.notes(other)).isEmpty();
        assertRefused(() -> notes.edit(other, mine.id(), "question", "theirs"), "notes.refused.not-found");
        assertRefused(() -> notes.delete(other, mine.id()), "notes.refused.not-found");
        assertRefused(() -> notes.edit(scope, -1, "question", ""), "notes.refused.not-found");
        assertThat(notes.notes(scope)).containsExactly(mine);

        Note edited = notes.edit(scope, mine.id(), "evidence", "changed");
        assertThat(edited.colour()).isEqualTo(NoteColour.EVIDENCE);
        assertThat(edited.text()).isEqualTo("changed");
        assertRefused(() -> notes.edit(scope, mine.id(), "purple", ""), "notes.refused.colour");
        notes.delete(scope, mine.id());
        assertThat(notes.notes(scope)).isEmpty();
        assertRefused(() -> notes.delete(scope, mine.id()), "notes.refused.not-found");
    }

    @Test
    void aLearnerKeepsAtMostTheCapsAndSavesAtMostThirtyAMinute() {
        Words w = words(0, 12);
        for (int i = 0; i < NoteAllowance.PER_MINUTE; i++) {
            notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "important", "");
        }
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "important", ""),
                "notes.refused.too-fast");
        clock.advance(Duration.ofSeconds(61));
        // the module's cap: fill it up directly, the last one through the service
        insertRows(learner, MODULE, NotesService.MAX_PER_MODULE - NoteAllowance.PER_MINUTE - 1);
        notes.sectionNote(scope, section.id(), "question", "the 200th");
        assertRefused(
                () -> notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "important", ""),
                "notes.refused.module-cap");
        assertThat(notes.notes(scope)).hasSize(NotesService.MAX_PER_MODULE);

        // the overall cap, over other modules
        UUID busy = UUID.randomUUID();
        NoteScope busyScope = new NoteScope(busy, module, null);
        notes.sectionNote(busyScope, section.id(), "question", "first");
        insertRows(busy, "some-other-module", NotesService.MAX_OVERALL - 1);
        assertRefused(
                () -> notes.sectionNote(busyScope, section.id(), "question", "one more"), "notes.refused.overall-cap");
    }

    @Test
    void inAnAssignmentNotesBelongToTheAttemptAndTheTeacherReadsThemOnlyWhenShared() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef teacher = users.teacher("Ms Okafor");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("Civics 10", ZoneOffset.UTC);
        UserRef student = users.student("Ana Petrenko");
        UserRef classmate = users.student("Ben Ortiz");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
        users.signIn(classmate);
        classroom.joinWithCode(schoolClass.joinCode());
        Assignment shared = assign(users, teacher, schoolClass, true);
        Assignment private_ = assign(users, teacher, schoolClass, false);

        users.signIn(student);
        UUID account = study.accountLearner(student.id());
        long attempt = attempts.open(shared.id()).attemptId();
        long privateAttempt = attempts.open(private_.id()).attemptId();
        NoteScope inAttempt = new NoteScope(account, module, attempt);
        NoteScope selfStudy = new NoteScope(account, module, null);
        Words w = words(30, 20);
        Note a = notes.highlight(inAttempt, section.id(), "original", w.quote(), w.offset(), "evidence", "for Q3");
        Note s = notes.highlight(selfStudy, section.id(), "original", w.quote(), w.offset(), "important", "");
        notes.sectionNote(new NoteScope(account, module, privateAttempt), section.id(), "question", "private");

        assertThat(notes.notes(inAttempt)).containsExactly(a);
        assertThat(notes.notes(selfStudy)).containsExactly(s);
        assertRefused(() -> notes.delete(inAttempt, s.id()), "notes.refused.not-found");
        assertThat(notes.sharedWithTeacher(inAttempt)).isTrue();
        assertThat(notes.sharedWithTeacher(selfStudy)).isFalse();
        assertThat(notes.sharedWithTeacher(new NoteScope(account, module, privateAttempt)))
                .isFalse();
        assertThatThrownBy(() -> notes.sharedNotes(shared.id(), student.id()))
                .isInstanceOf(AccessDeniedException.class);

        // a classmate cannot write into or read from someone else's attempt
        users.signIn(classmate);
        UUID classmateLearner = study.accountLearner(classmate.id());
        NoteScope intruder = new NoteScope(classmateLearner, module, attempt);
        assertThatThrownBy(() -> notes.notes(intruder)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        notes.highlight(intruder, section.id(), "original", w.quote(), w.offset(), "evidence", ""))
                .isInstanceOf(AccessDeniedException.class);
        ClassroomTestUsers.signOut();
        assertThatThrownBy(() -> notes.notes(inAttempt)).isInstanceOf(AccessDeniedException.class);

        // the teacher: the shared assignment's notes of the current attempt, nothing of the other
        users.signIn(teacher);
        NotesService.SharedNotes seen =
                notes.sharedNotes(shared.id(), student.id()).orElseThrow();
        assertThat(seen.notes()).containsExactly(a);
        assertThat(seen.module().id()).isEqualTo(MODULE);
        assertThat(notes.sharedNotes(private_.id(), student.id())).isEmpty();
        assertThat(notes.sharedNotes(shared.id(), classmate.id()).orElseThrow().notes())
                .isEmpty();
        UserRef otherTeacher = users.teacher("Mr Dahl");
        users.signIn(otherTeacher);
        assertThatThrownBy(() -> notes.sharedNotes(shared.id(), student.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signingInMovesTheAnonymousLearnersSelfStudyNotesToTheAccount() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef user = users.student("Chris Vale");
        study.visit(learner, MODULE, section.id());
        Words w = words(5, 15);
        Note note = notes.highlight(scope, section.id(), "original", w.quote(), w.offset(), "question", "ask");

        StudyService.Claim claim = study.claim(learner, user.id());

        assertThat(notes.notes(scope)).isEmpty();
        List<Note> moved = notes.notes(new NoteScope(claim.accountLearner(), module, null));
        assertThat(moved).extracting(Note::id).containsExactly(note.id());
    }

    private Assignment assign(ClassroomTestUsers users, UserRef teacher, SchoolClass c, boolean shareNotes) {
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(clock);
        return classroom.assign(
                c.id(),
                new AssignmentSettings(
                        MODULE,
                        "",
                        now.minusHours(1),
                        now.plusDays(7),
                        2,
                        FeedbackTiming.IMMEDIATE,
                        false,
                        true,
                        false,
                        shareNotes));
    }

    /** Words that occur once in the section. */
    private String uniqueWords() {
        for (int from = 0; from + 25 < text.length(); from += 10) {
            String candidate = text.substring(from, from + 25);
            if (text.indexOf(candidate) == text.lastIndexOf(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no unique words");
    }

    private void insertRows(UUID owner, String moduleId, int count) {
        jdbc.sql("insert into learner (id, created_at, last_seen_at) select ?, ?, ? where not exists"
                        + " (select 1 from learner where id = ?)")
                .params(owner, OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC), owner)
                .update();
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into note (learner_id, module_id, module_version, section_id, text_variant, colour,"
                            + " body, created_at, updated_at) values (?, ?, 1, ?, 'original', 'important', 'x', ?, ?)")
                    .params(
                            owner,
                            moduleId,
                            section.id(),
                            OffsetDateTime.now(ZoneOffset.UTC),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(NoteRefusedException.class)
                .extracting(e -> ((NoteRefusedException) e).key())
                .isEqualTo(key);
    }
}
