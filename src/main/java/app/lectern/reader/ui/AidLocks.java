package app.lectern.reader.ui;

import app.lectern.reader.AidRelease;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a locked aid entry says instead of its content: which questions to answer first ("Answer questions 3 and 5
 * first"), or that it opens later. Whether an entry is locked is {@link AidRelease}'s decision, never a view's.
 */
final class AidLocks {

    private AidLocks() {}

    /**
     * The sentence that says what opens a locked entry.
     *
     * @param heldBackKey the translation key for an entry that never opens in this mode (its question is not in the
     *     learner's form of the module)
     */
    static String message(Component host, AidRelease.Lock lock, String heldBackKey) {
        List<Integer> numbers = lock.toAnswer();
        if (numbers.size() == 1) {
            return host.getTranslation("reader.aid.answer-one", numbers.getFirst());
        }
        if (numbers.size() > 1) {
            String separator = host.getTranslation("reader.aid.list-separator");
            String head = numbers.subList(0, numbers.size() - 1).stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(separator));
            return host.getTranslation("reader.aid.answer-many", head, numbers.getLast());
        }
        if (lock.awaitingFeedback()) {
            return host.getTranslation("reader.aid.after-feedback");
        }
        return host.getTranslation(heldBackKey);
    }
}
