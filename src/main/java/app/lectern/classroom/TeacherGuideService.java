package app.lectern.classroom;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.classroom.TeacherGuide.GuidePool;
import app.lectern.classroom.TeacherGuide.GuideQuestion;
import app.lectern.classroom.TeacherGuide.GuideSection;
import app.lectern.content.Evidence;
import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.PaperQuestion;
import app.lectern.question.QuestionTypes;
import app.lectern.question.open.OpenQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The teacher guide of a module: the whole module (assessment items and every pool variant included) with its keys,
 * for teachers and administrators only, so they can see what they assign. Learners never reach the keys from here:
 * anyone else, signed in or not, is refused before the module is read.
 */
@Service
public class TeacherGuideService {

    private final ContentCatalog catalog;
    private final CurrentUser currentUser;
    private final ModuleLoader loader = new ModuleLoader();

    /** Served modules never change while the app runs, so a parsed one is kept (by id and version). */
    private final Map<String, TeacherGuide> guides = new ConcurrentHashMap<>();

    TeacherGuideService(ContentCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /**
     * The guide of a served module.
     *
     * @throws AccessDeniedException for anyone but a signed-in teacher or administrator
     * @throws NoSuchElementException when no module with this id is served
     */
    public TeacherGuide guide(String moduleId) {
        UserRef user = currentUser.get().orElseThrow(() -> new AccessDeniedException("sign in as a teacher"));
        if (!user.has(Role.TEACHER) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("teachers and administrators only");
        }
        LearningModule served =
                catalog.assignable(moduleId, user.id()).orElseThrow(() -> new NoSuchElementException(moduleId));
        return guides.computeIfAbsent(served.id() + "@" + served.version(), k -> build(whole(served)));
    }

    private LearningModule whole(LearningModule served) {
        String moduleId = served.id();
        LoadResult loaded = loader.load(catalog.source(moduleId, served.version()), moduleId, "guide " + moduleId);
        return loaded.module().orElseThrow(() -> new NoSuchElementException(moduleId));
    }

    private static TeacherGuide build(LearningModule module) {
        List<GuideSection> sections = new ArrayList<>();
        int number = 0;
        for (Section s : module.sections()) {
            List<GuideQuestion> own = new ArrayList<>();
            for (Question q : s.questions()) {
                own.add(question(module, q, ++number, q.base().assessmentOnly()));
            }
            List<GuidePool> pools = new ArrayList<>();
            for (ItemPool p : s.pools()) {
                List<GuideQuestion> variants = new ArrayList<>();
                for (Question q : p.questions()) {
                    variants.add(question(module, q, ++number, p.assessmentOnly()));
                }
                pools.add(new GuidePool(p.id(), p.draw(), p.assessmentOnly(), variants));
            }
            sections.add(new GuideSection(s.id(), s.title(), s.body(), own, pools));
        }
        return new TeacherGuide(module, sections);
    }

    private static GuideQuestion question(LearningModule module, Question q, int number, boolean assessmentOnly) {
        Evidence evidence = module.evidenceOf(q).orElse(null);
        String evidenceSection = evidence == null
                ? null
                : module.section(evidence.section()).map(Section::title).orElse(null);
        OpenQuestion open = q instanceof OpenQuestion o ? o : null;
        return new GuideQuestion(
                number,
                PaperQuestion.of(module, q),
                QuestionTypes.of(q).name(),
                q.points(),
                assessmentOnly,
                q.autoScored() ? QuestionTypes.of(q).keyText(q) : null,
                open == null ? null : open.modelAnswer(),
                open == null ? List.of() : open.rubric(),
                q.base().explanation(),
                q.base().hint(),
                evidence,
                evidenceSection);
    }
}
