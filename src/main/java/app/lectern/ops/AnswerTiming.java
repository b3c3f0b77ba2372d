package app.lectern.ops;

import app.lectern.classroom.attempt.AttemptService;
import app.lectern.ops.AnswerMetrics.Outcome;
import app.lectern.ops.AnswerMetrics.Source;
import app.lectern.question.Answer;
import app.lectern.study.StudyService;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wraps the two places every answer goes through, {@link StudyService#submit} (self-study) and
 * {@link AttemptService#answer} (assignments), in {@link AnswerMetrics}, so the services themselves stay free of
 * metrics. The measurement encloses their transaction: the time includes the commit, as the learner waits for it.
 */
@Component
class AnswerTiming extends AbstractAdvisingBeanPostProcessor {

    AnswerTiming(ObjectProvider<AnswerMetrics> metrics) {
        MethodInterceptor interceptor = invocation -> {
            Source source = source(invocation.getThis().getClass());
            long start = System.nanoTime();
            try {
                Object result = invocation.proceed();
                metrics.getObject().record(source, Outcome.SAVED, System.nanoTime() - start);
                return result;
            } catch (Throwable refused) {
                metrics.getObject().record(source, Outcome.REFUSED, System.nanoTime() - start);
                throw refused;
            }
        };
        this.advisor = new DefaultPointcutAdvisor(new AnswerMethods(), interceptor);
        setBeforeExistingAdvisors(true);
        setProxyTargetClass(true);
    }

    private static Source source(Class<?> target) {
        return StudyService.class.isAssignableFrom(target) ? Source.SELF_STUDY : Source.ASSIGNMENT;
    }

    /** {@code StudyService.submit(...)} and {@code AttemptService.answer(...)}, nothing else. */
    private static final class AnswerMethods extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length == 0 || parameters[parameters.length - 1] != Answer.class) {
                return false;
            }
            return (StudyService.class.isAssignableFrom(targetClass)
                            && method.getName().equals("submit"))
                    || (AttemptService.class.isAssignableFrom(targetClass)
                            && method.getName().equals("answer"));
        }
    }
}
