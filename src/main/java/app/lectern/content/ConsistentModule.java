package app.lectern.content;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class-level constraint for a module's cross-references: ids are unique, answers name existing options,
 * evidence quotes occur in their section, and each question type's own rules hold (see
 * {@link Question#inconsistencies(LearningModule, Section)}). One violation is reported per problem, at the
 * property path of the offending key.
 */
@Documented
@Constraint(validatedBy = ConsistentModuleValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentModule {

    /** Unused: each violation carries its own message. */
    String message() default "inconsistent module";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};
}
