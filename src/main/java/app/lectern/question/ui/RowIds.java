package app.lectern.question.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ids of rows a teacher never sees (options, order items, categories): a row keeps the id it was loaded with; a new
 * row gets one made from its text, unique among the rows ({@code null} while its text is empty).
 */
public final class RowIds {

    private RowIds() {}

    /**
     * The ids of the rows, in order.
     *
     * @param fixed each row's loaded id, {@code null} for a new row
     * @param texts each row's text, for new rows
     */
    public static List<String> assign(List<String> fixed, List<String> texts) {
        Set<String> taken = new HashSet<>();
        fixed.stream().filter(Objects::nonNull).forEach(taken::add);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            if (fixed.get(i) != null) {
                out.add(fixed.get(i));
            } else {
                String made = BaseFields.proposeId(texts.get(i), taken);
                taken.add(made);
                out.add(made.isEmpty() ? null : made);
            }
        }
        return out;
    }
}
