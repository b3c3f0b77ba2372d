package app.lectern.question.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where each field path of an editor shows its problems: a field's own error message, or a {@link ProblemSlot}.
 * Editors fill it in {@link QuestionEditor#problemTargets}; paths are relative to the question ({@code prompt},
 * {@code options[2].text}).
 */
public final class ProblemTargets {

    private final Map<String, Consumer<String>> targets = new LinkedHashMap<>();

    /** Shows the problems of {@code path} as the field's error message. */
    public ProblemTargets field(String path, HasValidation field) {
        targets.put(path, message -> {
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
        return this;
    }

    /** Shows the problems of {@code path} in a message slot. */
    public ProblemTargets slot(String path, ProblemSlot slot) {
        targets.put(path, slot::show);
        return this;
    }

    /** Shows the problems of {@code path} any way the editor likes; {@code null} clears them. */
    public ProblemTargets custom(String path, Consumer<String> show) {
        targets.put(path, show);
        return this;
    }

    /** Every registered target by path, in registration order. */
    Map<String, Consumer<String>> all() {
        return targets;
    }

    /**
     * The registered path a problem's path belongs to: itself, else its nearest registered parent
     * ({@code options[2].text} → {@code options[2]} → {@code options}); {@code null} when none.
     */
    String targetOf(String path) {
        String p = path;
        while (p != null && !p.isEmpty()) {
            if (targets.containsKey(p)) {
                return p;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? null : p.substring(0, cut);
        }
        return null;
    }
}
