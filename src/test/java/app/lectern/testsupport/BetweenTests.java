package app.lectern.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before each test of a shared Spring context: the {@link TestClock} back at the real time and no {@link
 * InjectedFailure}, whatever the previous test left.
 */
public final class BetweenTests implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        TestClock.get().reset();
        InjectedFailure.clear();
    }
}
