package app.lectern.classroom.roster;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of a bulk creation that would print two cards nobody can tell apart: the same name twice in the list, or a
 * name of a student already in the class. Names are compared as people read them: case, accents' composition and
 * runs of spaces do not make two names different.
 */
public final class RosterNames {

    private RosterNames() {}

    /**
     * The names that stand more than once in the list, each once, in the spelling of its first line, in list order.
     * Blank lines are ignored.
     */
    public static List<String> duplicates(Collection<String> names) {
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : names) {
            String key = key(name);
            if (key.isEmpty()) {
                continue;
            }
            firstSpelling.putIfAbsent(key, name.strip());
            counts.merge(key, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count > 1) {
                out.add(firstSpelling.get(key));
            }
        });
        return out;
    }

    /** The names of the list that a student already in the class has, each once, in list order. */
    public static List<String> alreadyIn(Collection<String> names, Collection<String> roster) {
        List<String> taken = roster.stream().map(RosterNames::key).toList();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String key = key(name);
            if (!key.isEmpty() && taken.contains(key)) {
                out.putIfAbsent(key, name.strip());
            }
        }
        return List.copyOf(out.values());
    }

    /** A name as compared: NFKC, white space collapsed, case folded. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
