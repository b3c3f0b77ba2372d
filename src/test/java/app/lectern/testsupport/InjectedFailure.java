package app.lectern.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database failure a test injects into the application's {@link JdbcClient}, at the statement it names, to
 * check that a transaction is all or nothing. Every Spring test context wraps its {@code JdbcClient} so (a
 * mocked or spied bean would make a context of its own); the wrapper passes everything through until a test
 * calls {@link #at}, and each test starts without a failure.
 */
public final class InjectedFailure {

    private static volatile String statement;

    private InjectedFailure() {}

    /** From now on, every statement starting with this text fails with a {@link DataAccessResourceFailureException}. */
    public static void at(String statementStart) {
        statement = statementStart;
    }

    /** No more failures. */
    public static void clear() {
        statement = null;
    }

    /** Wraps the application's {@link JdbcClient} beans. */
    static final class Wrapper implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof JdbcClient jdbc)) {
                return bean;
            }
            InvocationHandler handler = (proxy, method, args) -> {
                String failing = statement;
                if (failing != null
                        && method.getName().equals("sql")
                        && args[0] instanceof String sql
                        && sql.startsWith(failing)) {
                    throw new DataAccessResourceFailureException("injected failure at: " + sql);
                }
                try {
                    return method.invoke(jdbc, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return Proxy.newProxyInstance(
                    JdbcClient.class.getClassLoader(), new Class<?>[] {JdbcClient.class}, handler);
        }
    }
}
