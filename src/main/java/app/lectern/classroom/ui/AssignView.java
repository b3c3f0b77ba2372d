package app.lectern.classroom.ui;

import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.roster.ClassroomException;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.LearningModule;
import app.lectern.ui.MainLayout;
import app.lectern.ui.NotFoundView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code /teach/classes/<id>/assign}: assigns a module to the class, with dates in the class's time zone. */
@Route(value = "teach/classes/:" + ClassroomUi.CLASS_ID + NotFoundView.ID + "/assign", layout = MainLayout.class)
@RolesAllowed("TEACHER")
public class AssignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;

    final Select<LearningModule> module = new Select<>();
    final TextField title = new TextField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker due = new DateTimePicker();
    final IntegerField attempts = new IntegerField();
    final RadioButtonGroup<FeedbackTiming> feedback = new RadioButtonGroup<>();
    final Checkbox shuffle = new Checkbox();
    final Checkbox late = new Checkbox();
    final Checkbox holdKey = new Checkbox();
    final Checkbox shareNotes = new Checkbox();
    final Paragraph error = new Paragraph();

    /** Creates the view; its content is built when the class is known. */
    public AssignView(ClassroomService classroom) {
        this.classroom = classroom;
        addClassName("lectern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("module")
                .orElse(null);
        render(ClassroomUi.ownClass(event, this, classroom), wanted);
    }

    private void render(SchoolClass c, String wantedModule) {
        removeAll();
        add(new H1(getTranslation("classroom.assign.heading", c.name())));

        module.setLabel(getTranslation("classroom.assign.module"));
        module.setId("module");
        // module, opens and due show no required indicator: Vaadin would then put aria-required on a group or
        // button, which ARIA does not allow (axe); they are validated on Assign all the same
        // the address may name a module (the authoring page's "Assign"): taken only if it is one of the list
        List<LearningModule> assignable = classroom.assignableModules();
        module.setItems(assignable);
        assignable.stream()
                .filter(m -> assignable.size() == 1 || m.id().equals(wantedModule))
                .findFirst()
                .ifPresent(module::setValue);
        module.setItemLabelGenerator(m -> getTranslation("classroom.assign.module-version", m.title(), m.version()));

        title.setLabel(getTranslation("classroom.assign.title-field"));
        title.setHelperText(getTranslation("classroom.assign.title-help"));
        title.setMaxLength(ClassroomService.MAX_TITLE);
        title.setId("title");

        String zoneHelp = getTranslation("classroom.assign.zone-help", c.zone().getId());
        LocalDateTime now = LocalDateTime.now(c.zone()).truncatedTo(ChronoUnit.HOURS);
        opens.setLabel(getTranslation("classroom.assign.opens"));
        opens.setHelperText(zoneHelp);
        opens.setValue(now);
        opens.setId("opens");
        due.setLabel(getTranslation("classroom.assign.due"));
        due.setHelperText(zoneHelp);
        due.setValue(now.plusDays(7).withHour(23).withMinute(59));
        due.setId("due");

        attempts.setLabel(getTranslation("classroom.assign.attempts"));
        attempts.setMin(AssignmentSettings.MIN_ATTEMPTS);
        attempts.setMax(AssignmentSettings.MAX_ATTEMPTS);
        attempts.setStepButtonsVisible(true);
        attempts.setValue(2);
        attempts.setRequiredIndicatorVisible(true);
        attempts.setId("attempts");

        feedback.setLabel(getTranslation("classroom.assign.feedback"));
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(t -> getTranslation("classroom.assign.feedback." + t.name()));
        feedback.setValue(FeedbackTiming.IMMEDIATE);
        feedback.setRequiredIndicatorVisible(true);
        feedback.setId("feedback");

        shuffle.setLabel(getTranslation("classroom.assign.shuffle"));
        shuffle.setValue(true);
        late.setLabel(getTranslation("classroom.assign.late"));
        late.setValue(true);
        holdKey.setLabel(getTranslation("classroom.assign.hold-key"));
        holdKey.setHelperText(getTranslation("classroom.assign.hold-key.help"));
        holdKey.setId("hold-key");
        shareNotes.setLabel(getTranslation("classroom.assign.share-notes"));
        shareNotes.setHelperText(getTranslation("classroom.assign.share-notes.help"));
        shareNotes.setId("share-notes");

        error.setId("assign-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("form-error");

        // read the questions and keys of the chosen module before assigning it
        RouterLink guide = new RouterLink();
        guide.setId("guide-link");
        guide.setText(getTranslation("classroom.guide.link"));
        Runnable pointGuide = () -> {
            guide.setVisible(module.getValue() != null);
            if (module.getValue() != null) {
                guide.setRoute(
                        TeacherGuideView.class,
                        TeacherGuideView.params(module.getValue().id()));
            }
        };
        module.addValueChangeListener(e -> pointGuide.run());
        pointGuide.run();
        module.setHelperComponent(guide);

        FormLayout form =
                new FormLayout(module, title, opens, due, attempts, feedback, shuffle, late, holdKey, shareNotes);
        form.setColspan(feedback, 2);
        form.setColspan(holdKey, 2);
        form.setColspan(shareNotes, 2);
        RouteParameters back = new RouteParameters(ClassroomUi.CLASS_ID, String.valueOf(c.id()));
        Button assign = new Button(getTranslation("classroom.assign.button"), e -> submit(c, back));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setId("assign");
        Button cancel = new Button(
                getTranslation("classroom.assign.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(ClassView.class, back)));
        add(form, error, new Div(assign, cancel));
    }

    private void submit(SchoolClass c, RouteParameters back) {
        error.setText("");
        module.setInvalid(false);
        due.setInvalid(false);
        attempts.setInvalid(false);
        AssignmentSettings settings = new AssignmentSettings(
                module.getValue() == null ? null : module.getValue().id(),
                title.getValue(),
                opens.getValue(),
                due.getValue(),
                attempts.getValue() == null ? 0 : attempts.getValue(),
                feedback.getValue(),
                shuffle.getValue(),
                late.getValue(),
                holdKey.getValue(),
                shareNotes.getValue());
        try {
            Assignment a = classroom.assign(c.id(), settings);
            ClassroomUi.notify(getTranslation("classroom.assign.done", a.title()));
            getUI().ifPresent(ui -> ui.navigate(ClassView.class, back));
        } catch (ClassroomException e) {
            String message = ClassroomUi.message(this, e);
            switch (e.messageKey()) {
                case "classroom.error.module-required", "classroom.error.module-unknown" -> {
                    module.setErrorMessage(message);
                    module.setInvalid(true);
                }
                case "classroom.error.due-before-open", "classroom.error.dates-required" -> {
                    due.setErrorMessage(message);
                    due.setInvalid(true);
                }
                case "classroom.error.attempts-range" -> {
                    attempts.setErrorMessage(message);
                    attempts.setInvalid(true);
                }
                default -> {
                    // shown below the form
                }
            }
            error.setText(message);
        }
    }

    @Override
    public String getPageTitle() {
        return MainLayout.title(this, getTranslation("classroom.assign.title"));
    }
}
