package app.lectern.article;

import java.util.Optional;

/**
 * What reading an article gave: the article, or a problem that says in one or two sentences why it could not be read
 * and what to do.
 *
 * @param article the article, or {@code null} when it could not be read
 * @param problem why not, or {@code null} when it was read
 */
public record ArticleResult(Article article, String problem) {

    /** Exactly one of the two is set. */
    public ArticleResult {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("either an article or a problem");
        }
    }

    static ArticleResult of(Article article) {
        return new ArticleResult(article, null);
    }

    static ArticleResult refused(String problem) {
        return new ArticleResult(null, problem);
    }

    /** The article, if it could be read. */
    public Optional<Article> read() {
        return Optional.ofNullable(article);
    }

    /** Whether the article could be read. */
    public boolean ok() {
        return article != null;
    }
}
