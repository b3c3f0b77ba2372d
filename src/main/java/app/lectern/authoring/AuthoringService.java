package app.lectern.authoring;

import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.config.LecternProperties;
import app.lectern.content.LearningModule;
import app.lectern.content.ModuleBuilder;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.content.load.ModuleWriter;
import app.lectern.exchange.Format;
import app.lectern.exchange.ImportResult;
import app.lectern.exchange.QtiExport;
import app.lectern.exchange.QuestionImport;
import app.lectern.storage.DuplicateSafeInsert;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' modules: drafts saved with optimistic locking, immutable published versions, ownership and sharing.
 * Every method checks the signed-in user: teachers author; a draft is read, saved and published by its owner and
 * co-authors only; only the owner shares it and chooses co-authors; administrators approve public modules for the
 * library. A module nobody may see is reported as not found, not as forbidden.
 */
@Service
@Transactional
public class AuthoringService {

    /** The longest draft, in characters (a module file's limit is 1 MiB). */
    public static final int MAX_YAML_CHARS = 1_000_000;

    /** Most co-authors of one module. */
    public static final int MAX_CO_AUTHORS = 20;

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[ \\t]*[0-9]+[ \\t]*$");

    private final AuthoringStore store;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ContentCatalog catalog;
    private final LecternProperties settings;
    private final DataSource dataSource;
    private final Clock clock;
    private final DraftChecker checker = new DraftChecker();
    private final ModuleLoader loader = new ModuleLoader();
    private final ModuleWriter writer = new ModuleWriter();

    AuthoringService(
            AuthoringStore store,
            CurrentUser currentUser,
            AccountService accounts,
            ContentCatalog catalog,
            LecternProperties settings,
            DataSource dataSource,
            Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.catalog = catalog;
        this.settings = settings;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The signed-in teacher's modules (owned and co-authored), last saved first. */
    @Transactional(readOnly = true)
    public List<AuthoredModule> myModules() {
        UserRef teacher = teacher();
        return store.ofAuthor(teacher.id()).stream()
                .map(r -> summary(r, teacher))
                .toList();
    }

    /**
     * Starts a module from an article: a draft with the teacher's title, attribution and sections, owned by them,
     * private. The id is made from the title (unique on this server).
     *
     * @return the new module's id
     */
    public String create(NewModule request) {
        UserRef teacher = teacher();
        if (request == null || request.title() == null || request.title().isBlank()) {
            throw new AuthoringException("authoring.error.title-required");
        }
        if (request.sections().isEmpty()) {
            throw new AuthoringException("authoring.error.sections-required");
        }
        if (request.sections().size() > LearningModule.MAX_SECTIONS) {
            throw new AuthoringException("authoring.error.too-many-sections", LearningModule.MAX_SECTIONS);
        }
        String base = ModuleSkeleton.slug(request.title(), "module");
        return insert(base, id -> ModuleSkeleton.yaml(id, request), teacher);
    }

    /**
     * Copies a module the teacher may assign (a bundled one, or a published one shared with them) into a new
     * private draft of theirs, with a new id; the source's attribution is kept.
     *
     * @return the copy's id
     */
    public String copy(String moduleId) {
        UserRef teacher = teacher();
        LearningModule served = catalog.assignable(moduleId, teacher.id())
                .orElseThrow(() -> new NoSuchElementException("no module '" + moduleId + "'"));
        LoadResult whole = loader.load(catalog.source(served.id(), served.version()), served.id(), "copy");
        LearningModule module = whole.module().orElseThrow(() -> new NoSuchElementException(moduleId));
        return insert(
                ModuleSkeleton.slug(moduleId + "-copy", "module-copy"),
                id -> writer.write(copyOf(module, id)),
                teacher);
    }

    private String insert(String base, java.util.function.Function<String, String> yamlFor, UserRef teacher) {
        for (int attempt = 0; attempt < 5; attempt++) {
            // "new" is the address of the new-module page
            String id =
                    ModuleSkeleton.unique(base, t -> t.equals("new") || store.exists(t) || catalog.isBundled(t), 64);
            String yaml = yamlFor.apply(id);
            if (yaml.length() > MAX_YAML_CHARS) {
                throw new AuthoringException("authoring.error.too-long", MAX_YAML_CHARS);
            }
            boolean inserted =
                    DuplicateSafeInsert.run(dataSource, () -> store.insert(id, teacher.id(), yaml, clock.instant()));
            if (inserted) {
                return id;
            }
        }
        throw new AuthoringException("authoring.error.busy");
    }

    /** A module's draft, for its owner and co-authors. */
    @Transactional(readOnly = true)
    public Draft draft(String moduleId) {
        UserRef user = teacher();
        AuthoringStore.Row row = authorRow(moduleId, user);
        return draft(row, user);
    }

    /** What the validator and linter say of a draft's text (nothing is saved). */
    public DraftReport check(String moduleId, String yaml) {
        teacher();
        if (yaml == null || yaml.length() > MAX_YAML_CHARS) {
            throw new AuthoringException("authoring.error.too-long", MAX_YAML_CHARS);
        }
        return checker.check(moduleId, yaml);
    }

    /**
     * Saves a draft's text if nobody saved since {@code expectedRevision}. A draft may have problems; they block
     * publishing only.
     *
     * @return the saved draft (its new revision)
     * @throws DraftConflictException when someone saved in between: nothing is overwritten
     */
    public Draft save(String moduleId, String yaml, int expectedRevision) {
        UserRef user = teacher();
        AuthoringStore.Row row = authorRow(moduleId, user);
        if (yaml == null || yaml.isBlank()) {
            throw new AuthoringException("authoring.error.empty");
        }
        if (yaml.length() > MAX_YAML_CHARS) {
            throw new AuthoringException("authoring.error.too-long", MAX_YAML_CHARS);
        }
        if (yaml.equals(row.yaml()) && row.revision() == expectedRevision) {
            return draft(row, user);
        }
        if (!store.save(moduleId, yaml, expectedRevision, user.id(), clock.instant())) {
            throw conflict(moduleId);
        }
        return draft(store.find(moduleId).orElseThrow(), user);
    }

    /**
     * Publishes the draft as the next version, if it has no problems and nobody saved since {@code
     * expectedRevision}. Assignments keep the version they pinned; new assignments and the library get this one.
     *
     * @return the draft after publishing (its text now says the new version)
     * @throws AuthoringException when the draft has problems
     */
    public Draft publish(String moduleId, int expectedRevision) {
        UserRef user = teacher();
        AuthoringStore.Row row = authorRow(moduleId, user);
        if (row.revision() != expectedRevision) {
            throw conflict(moduleId);
        }
        DraftReport report = checker.check(moduleId, row.yaml());
        LearningModule module = report.module()
                .orElseThrow(() -> new AuthoringException(
                        "authoring.error.has-problems", report.problems().size()));
        int version = row.publishedVersion() + 1;
        String published = writer.write(withVersion(module, version));
        if (!store.publish(moduleId, version, published, user.id(), clock.instant())) {
            throw conflict(moduleId);
        }
        Matcher m = VERSION_LINE.matcher(row.yaml());
        String draftText = m.find() ? m.replaceFirst("version: " + version) : published;
        if (!store.save(moduleId, draftText, expectedRevision, user.id(), clock.instant())) {
            throw conflict(moduleId);
        }
        return draft(store.find(moduleId).orElseThrow(), user);
    }

    /** Who besides the authors sees the published module; the owner's choice. */
    public Draft share(String moduleId, Visibility visibility) {
        UserRef user = teacher();
        AuthoringStore.Row row = ownerRow(moduleId, user);
        if (visibility == null) {
            throw new AuthoringException("authoring.error.visibility-required");
        }
        store.share(moduleId, visibility);
        if (visibility != Visibility.PUBLIC && row.libraryApproved()) {
            store.approve(moduleId, false);
        }
        return draft(store.find(moduleId).orElseThrow(), user);
    }

    /** Adds a teacher of this server as co-author, by login name; the owner's choice. */
    public Draft addCoAuthor(String moduleId, String loginName) {
        UserRef user = teacher();
        ownerRow(moduleId, user);
        UserRef other = loginName == null || loginName.isBlank() || loginName.length() > 200
                ? null
                : accounts.findByLoginName(loginName.strip()).orElse(null);
        if (other == null || !other.has(Role.TEACHER)) {
            throw new AuthoringException("authoring.error.no-such-teacher");
        }
        if (other.id() == user.id() || store.isCoAuthor(moduleId, other.id())) {
            throw new AuthoringException("authoring.error.already-author", other.displayName());
        }
        if (store.coAuthors(moduleId).size() >= MAX_CO_AUTHORS) {
            throw new AuthoringException("authoring.error.too-many-co-authors", MAX_CO_AUTHORS);
        }
        store.addCoAuthor(moduleId, other.id());
        return draft(store.find(moduleId).orElseThrow(), user);
    }

    /** Removes a co-author; the owner's choice. */
    public Draft removeCoAuthor(String moduleId, long accountId) {
        UserRef user = teacher();
        ownerRow(moduleId, user);
        store.removeCoAuthor(moduleId, accountId);
        return draft(store.find(moduleId).orElseThrow(), user);
    }

    /**
     * Reads questions from a file (or pasted text) for a draft: GIFT, Aiken, the question sheet (CSV, XLSX) or QTI
     * 3.0. Their ids avoid the draft's; nothing is saved (the editor adds what the teacher keeps). What cannot be
     * mapped is listed with its line.
     */
    public ImportResult importQuestions(String moduleId, Format format, String fileName, byte[] bytes) {
        UserRef user = teacher();
        AuthoringStore.Row row = authorRow(moduleId, user);
        Set<String> taken = new HashSet<>();
        loader.load(row.yaml(), moduleId, "draft").bound().ifPresent(m -> taken.addAll(DraftEdits.ids(m)));
        return QuestionImport.read(format, fileName, bytes, taken);
    }

    /**
     * The draft's questions as a QTI 3.0 package; the draft must have no problems.
     *
     * @throws AuthoringException when the draft has problems
     */
    @Transactional(readOnly = true)
    public QtiExport.Result exportQti(String moduleId) {
        UserRef user = teacher();
        AuthoringStore.Row row = authorRow(moduleId, user);
        DraftReport report = checker.check(moduleId, row.yaml());
        LearningModule module = report.module()
                .orElseThrow(() -> new AuthoringException(
                        "authoring.error.has-problems", report.problems().size()));
        return QtiExport.write(module);
    }

    /** Public modules waiting for approval, for administrators. */
    @Transactional(readOnly = true)
    public List<AuthoredModule> awaitingApproval() {
        UserRef admin = admin();
        return store.awaitingApproval().stream().map(r -> summary(r, admin)).toList();
    }

    /** Approves a public module for the library, or withdraws the approval; administrators only. */
    public void approve(String moduleId, boolean approved) {
        admin();
        AuthoringStore.Row row =
                store.find(moduleId).orElseThrow(() -> new NoSuchElementException("no module '" + moduleId + "'"));
        if (approved && row.visibility() != Visibility.PUBLIC) {
            throw new AuthoringException("authoring.error.not-public");
        }
        store.approve(moduleId, approved);
    }

    /** The modules the signed-in teacher may copy into a draft: every module they may assign. */
    @Transactional(readOnly = true)
    public List<LearningModule> copyable() {
        return catalog.assignable(teacher().id());
    }

    /** Whether the signed-in user is an administrator (who approves modules for the library). */
    public boolean isAdmin() {
        return currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    /** Whether public modules wait for an administrator before they reach the library. */
    public boolean libraryNeedsApproval() {
        return settings.authoring().libraryNeedsApproval();
    }

    private DraftConflictException conflict(String moduleId) {
        AuthoringStore.Row now = store.find(moduleId).orElseThrow();
        return new DraftConflictException(now.savedBy(), now.savedAt(), now.revision());
    }

    private UserRef teacher() {
        UserRef user = currentUser.require();
        if (!user.has(Role.TEACHER)) {
            throw new AccessDeniedException("teachers only");
        }
        return user;
    }

    private UserRef admin() {
        UserRef user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
        return user;
    }

    /** The row, if the user owns or co-authors it; otherwise "not found" (never "it exists, but not yours"). */
    private AuthoringStore.Row authorRow(String moduleId, UserRef user) {
        return store.find(moduleId == null ? "" : moduleId)
                .filter(r -> r.ownerId() == user.id() || store.isCoAuthor(r.moduleId(), user.id()))
                .orElseThrow(() -> new NoSuchElementException("no module '" + moduleId + "'"));
    }

    private AuthoringStore.Row ownerRow(String moduleId, UserRef user) {
        AuthoringStore.Row row = authorRow(moduleId, user);
        if (row.ownerId() != user.id()) {
            throw new AccessDeniedException("only the owner shares a module");
        }
        return row;
    }

    private Draft draft(AuthoringStore.Row row, UserRef user) {
        return new Draft(
                row.moduleId(),
                row.yaml(),
                row.revision(),
                row.savedAt(),
                row.savedBy(),
                row.publishedVersion(),
                changed(row),
                row.visibility(),
                row.libraryApproved(),
                row.ownerName(),
                row.ownerId() == user.id(),
                store.coAuthors(row.moduleId()));
    }

    private AuthoredModule summary(AuthoringStore.Row row, UserRef user) {
        LoadResult bound = loader.load(row.yaml(), row.moduleId(), "draft");
        String title = bound.bound()
                .map(LearningModule::title)
                .filter(t -> !t.isBlank())
                .orElse(row.moduleId());
        return new AuthoredModule(
                row.moduleId(),
                title,
                row.publishedVersion(),
                changed(row),
                row.visibility(),
                row.libraryApproved(),
                row.ownerName(),
                row.ownerId() == user.id(),
                row.savedAt());
    }

    /** Whether the draft differs from the latest published version (the version line aside). */
    private boolean changed(AuthoringStore.Row row) {
        if (row.publishedVersion() == 0) {
            return true;
        }
        String published = store.version(row.moduleId(), row.publishedVersion()).orElse("");
        if (published.equals(row.yaml())) {
            return false;
        }
        LoadResult draft = loader.load(row.yaml(), row.moduleId(), "draft");
        LoadResult last = loader.load(published, row.moduleId(), "published");
        return draft.module().isEmpty()
                || last.module().isEmpty()
                || !withVersion(draft.module().get(), 0)
                        .equals(withVersion(last.module().get(), 0));
    }

    static LearningModule withVersion(LearningModule m, int version) {
        return ModuleBuilder.from(m).version(version).build();
    }

    private static LearningModule copyOf(LearningModule m, String id) {
        return ModuleBuilder.from(m)
                .id(id)
                .version(1)
                .source(m.source() == null ? null : ModuleSkeleton.withoutTextFile(m.source()))
                .build();
    }
}
