package app.lectern.content;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/** Checks {@link ConsistentModule}: turns each {@link Inconsistency} into a violation at its property path. */
public class ConsistentModuleValidator implements ConstraintValidator<ConsistentModule, LearningModule> {

    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

    @Override
    public boolean isValid(LearningModule module, ConstraintValidatorContext context) {
        if (module == null) {
            return true;
        }
        List<Inconsistency> problems = ModuleChecks.check(module);
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Inconsistency problem : problems) {
            addViolation(context, problem);
        }
        return false;
    }

    /**
     * Builds the violation node by node. Bean Validation puts a list index on the node that follows the list
     * ({@code sections[2].title} is node {@code title} "in iterable at index 2"), hence the one-step delay.
     */
    private static void addViolation(ConstraintValidatorContext context, Inconsistency problem) {
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(escape(problem.message()));
        Function<String, NodeBuilderCustomizableContext> add = builder::addPropertyNode;
        Supplier<LeafNodeBuilderCustomizableContext> addElement = null;
        Runnable finish = builder::addConstraintViolation;
        Integer pendingIndex = null;
        Matcher m = SEGMENT.matcher(problem.path());
        while (m.find()) {
            NodeBuilderCustomizableContext node = add.apply(m.group(1));
            if (pendingIndex != null) {
                NodeBuilderDefinedContext defined = node.inIterable().atIndex(pendingIndex);
                add = defined::addPropertyNode;
                addElement = defined::addBeanNode;
                finish = defined::addConstraintViolation;
            } else {
                add = node::addPropertyNode;
                addElement = node::addBeanNode;
                finish = node::addConstraintViolation;
            }
            pendingIndex = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        }
        if (pendingIndex != null && addElement != null) {
            // the path names a list element itself (e.g. sentences[1]): end with an element node at that index
            addElement.get().inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else {
            finish.run();
        }
    }

    /** Messages quote content text, which may contain the interpolation characters { } $ \ . */
    private static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
