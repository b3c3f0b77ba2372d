package app.lectern.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Question ids made from text: slugs, unique against a set of taken ids. */
final class Ids {

    /** Slug length before a uniqueness suffix; the whole id stays within the 64 characters a slug may have. */
    private static final int MAX = 40;

    private Ids() {}

    /** A slug of the first words of the text, e.g. {@code "What is 'tacit' approval?"} → {@code what-is-tacit-approval}. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX) {
            int cut = plain.lastIndexOf('-', MAX);
            plain = plain.substring(0, cut > 10 ? cut : MAX).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "question" : plain;
    }

    /** The slug of the text, with {@code -2}, {@code -3} … added until it is not taken; the id is added to taken. */
    static String unique(String text, Set<String> taken) {
        String base = slug(text);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
