package app.lectern.article;

import app.lectern.article.Article.Block;
import app.lectern.article.Article.Block.Kind;
import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Section;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes a module's sections for an article, and the pure adjustments a teacher makes to them (split, merge, move,
 * rename). Every function returns a new list with ids that are slugs, unique and not reserved.
 *
 * <p>The proposal: when the article has headings, a section starts at each heading of the highest level in it (the
 * article's title, its very first block when it is the only heading of that level, is not a section: it names the
 * module); deeper headings stay in the text; text before the first heading becomes a section of its own. Without
 * headings, paragraphs are grouped into sections of about {@value #MIN_WORDS}–{@value #MAX_WORDS} words, never
 * splitting a paragraph. Either way, beyond {@link LearningModule#MAX_SECTIONS} sections the two smallest neighbours
 * are merged until it fits.
 */
public final class SectionProposal {

    /** Fewest words a grouped section aims at. */
    public static final int MIN_WORDS = 120;

    /** Most words a grouped section aims at. */
    public static final int MAX_WORDS = 350;

    private static final int TITLE_WORDS = 6;
    private static final int SLUG_LENGTH = 40;

    private SectionProposal() {}

    /** The proposed sections of an article: at least one, at most {@link LearningModule#MAX_SECTIONS}. */
    public static List<ProposedSection> propose(Article article) {
        List<Block> blocks = article.blocks();
        List<Draft> drafts = article.hasHeadings() ? byHeadings(blocks) : byWords(blocks);
        if (drafts.isEmpty()) {
            drafts.add(new Draft(article.title(), new ArrayList<>()));
        }
        while (drafts.size() > LearningModule.MAX_SECTIONS) {
            int smallest = 0;
            for (int i = 1; i < drafts.size() - 1; i++) {
                if (drafts.get(i).words() + drafts.get(i + 1).words()
                        < drafts.get(smallest).words()
                                + drafts.get(smallest + 1).words()) {
                    smallest = i;
                }
            }
            Draft merged = drafts.remove(smallest + 1);
            if (merged.title() != null) {
                drafts.get(smallest).blocks.add("## " + merged.title());
            }
            drafts.get(smallest).blocks.addAll(merged.body());
        }
        List<ProposedSection> out = new ArrayList<>();
        for (Draft d : drafts) {
            String body = String.join("\n\n", d.blocks);
            String title = d.title == null ? null : Markdown.plainText(d.title);
            boolean provisional = title == null || title.isBlank();
            out.add(new ProposedSection("", provisional ? titleFor(body) : clip(title), body, provisional));
        }
        return withIds(out);
    }

    /** A section's text before its first heading goes with it; a heading starts the next. */
    private record Draft(String title, List<String> blocks) {
        int words() {
            return Text.words(String.join(" ", blocks));
        }

        List<String> body() {
            return blocks;
        }
    }

    private static List<Draft> byHeadings(List<Block> blocks) {
        int top = 7;
        for (Block b : blocks) {
            if (b.kind() == Kind.HEADING) {
                top = Math.min(top, b.headingLevel());
            }
        }
        int start = 0;
        Block first = blocks.getFirst();
        final int level = top;
        long atTop = blocks.stream()
                .filter(b -> b.kind() == Kind.HEADING && b.headingLevel() == level)
                .count();
        if (first.kind() == Kind.HEADING && first.headingLevel() == top && atTop == 1) {
            // the article's title: the sections start at the next level of headings
            start = 1;
            top = 7;
            for (Block b : blocks.subList(1, blocks.size())) {
                if (b.kind() == Kind.HEADING) {
                    top = Math.min(top, b.headingLevel());
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (Block b : blocks.subList(start, blocks.size())) {
            if (b.kind() == Kind.HEADING && b.headingLevel() == top) {
                current = new Draft(b.headingText(), new ArrayList<>());
                drafts.add(current);
            } else {
                if (current == null) {
                    current = new Draft(null, new ArrayList<>());
                    drafts.add(current);
                }
                current.blocks.add(b.markdown());
            }
        }
        return drafts;
    }

    private static List<Draft> byWords(List<Block> blocks) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = new Draft(null, new ArrayList<>());
        int words = 0;
        for (Block b : blocks) {
            int w = Text.words(b.markdown());
            if (!current.blocks.isEmpty() && words >= MIN_WORDS && words + w > MAX_WORDS) {
                drafts.add(current);
                current = new Draft(null, new ArrayList<>());
                words = 0;
            }
            current.blocks.add(b.markdown());
            words += w;
        }
        if (!current.blocks.isEmpty()) {
            if (!drafts.isEmpty() && words < MIN_WORDS / 2) {
                drafts.getLast().blocks.addAll(current.blocks);
            } else {
                drafts.add(current);
            }
        }
        return drafts;
    }

    /**
     * Splits a section in two before one of its blocks (the blocks of a body are separated by blank lines). The second
     * part gets a provisional title made of its first words.
     *
     * @param paragraphIndex the first block of the new section, 1 to the number of blocks − 1
     * @throws IllegalArgumentException if either part would be empty
     */
    public static List<ProposedSection> split(List<ProposedSection> sections, int section, int paragraphIndex) {
        ProposedSection s = sections.get(section);
        List<String> parts = paragraphs(s.body());
        if (paragraphIndex <= 0 || paragraphIndex >= parts.size()) {
            throw new IllegalArgumentException("a split needs a block on each side, not at " + paragraphIndex);
        }
        if (sections.size() >= LearningModule.MAX_SECTIONS) {
            throw new IllegalArgumentException("a module has at most " + LearningModule.MAX_SECTIONS + " sections");
        }
        String first = String.join("\n\n", parts.subList(0, paragraphIndex));
        String second = String.join("\n\n", parts.subList(paragraphIndex, parts.size()));
        List<ProposedSection> out = new ArrayList<>(sections);
        out.set(section, new ProposedSection(s.id(), s.title(), first, s.provisionalTitle()));
        out.add(section + 1, new ProposedSection("", titleFor(second), second, true));
        return withIds(out);
    }

    /** Merges a section with the next one: one section with the first one's title and both texts. */
    public static List<ProposedSection> merge(List<ProposedSection> sections, int section) {
        if (section < 0 || section + 1 >= sections.size()) {
            throw new IllegalArgumentException("no section after " + section + " to merge with");
        }
        ProposedSection a = sections.get(section);
        ProposedSection b = sections.get(section + 1);
        String body = a.body().isBlank() ? b.body() : b.body().isBlank() ? a.body() : a.body() + "\n\n" + b.body();
        List<ProposedSection> out = new ArrayList<>(sections);
        out.remove(section + 1);
        out.set(section, new ProposedSection(a.id(), a.title(), body, a.provisionalTitle()));
        return withIds(out);
    }

    /** Moves a section to another position (the others keep their order). */
    public static List<ProposedSection> move(List<ProposedSection> sections, int from, int to) {
        List<ProposedSection> out = new ArrayList<>(sections);
        ProposedSection moved = out.remove(from);
        out.add(Math.clamp(to, 0, out.size()), moved);
        return List.copyOf(out);
    }

    /**
     * Gives a section the teacher's title (no longer provisional) and an id made from it.
     *
     * @throws IllegalArgumentException for a blank title
     */
    public static List<ProposedSection> rename(List<ProposedSection> sections, int section, String title) {
        String clean = title == null ? "" : Text.oneLine(title);
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a section needs a title");
        }
        ProposedSection s = sections.get(section);
        List<ProposedSection> out = new ArrayList<>(sections);
        out.set(section, new ProposedSection("", clip(clean), s.body(), false));
        return withIds(out);
    }

    /** The blocks of a section's body, as {@link #split} counts them. */
    public static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String part : body.split("\\n[ \\t]*\\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * A slug of a title: lower-case ASCII letters and digits joined by dashes, accents removed, at most
     * {@value #SLUG_LENGTH} characters cut at a word; empty when the title has no such letters.
     */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', SLUG_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : SLUG_LENGTH);
        }
        return slug;
    }

    /** Keeps each section's id when it is a free slug; otherwise makes one from the title, numbered when taken. */
    private static List<ProposedSection> withIds(List<ProposedSection> sections) {
        Set<String> taken = new HashSet<>(Section.RESERVED_IDS);
        List<ProposedSection> out = new ArrayList<>();
        for (ProposedSection s : sections) {
            String id = s.id();
            if (id == null || !id.matches(app.lectern.content.Slugs.SLUG) || taken.contains(id)) {
                String base = slug(s.title());
                if (base.isEmpty()) {
                    base = "section";
                }
                id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
            }
            taken.add(id);
            out.add(new ProposedSection(id, s.title(), s.body(), s.provisionalTitle()));
        }
        return List.copyOf(out);
    }

    /** A provisional title: the first words of the first sentence, with "…" when cut. */
    static String titleFor(String body) {
        List<String> sentences = Markdown.sentences(body);
        String sentence = sentences.isEmpty() ? "" : sentences.getFirst();
        String[] words = sentence.split("\\s+");
        if (sentence.isBlank()) {
            return "Untitled section";
        }
        if (words.length <= TITLE_WORDS) {
            return clip(sentence.replaceAll("[.!?:;,]+$", ""));
        }
        String start =
                String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)).replaceAll("[.,;:!?]+$", "");
        return clip(start + "…");
    }

    private static String clip(String title) {
        return title.length() <= 300 ? title : title.substring(0, 299) + "…";
    }
}
