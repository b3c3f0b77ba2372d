package app.lectern.answering;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The display orders of one learner (self-study) or one student's assignment: the seed from which a question's
 * shuffled things are put in order (choice options, order items, match choices, cloze word banks; see
 * {@link app.lectern.question.OptionOrder}). The seed is {@code HMAC-SHA256(HMAC-SHA256(secret, owner), question
 * id)}, so
 *
 * <ul>
 *   <li>the same learner sees the same order of a question on every render: reloading draws nothing new;
 *   <li>without the server's secret nobody can compute a seed, so a shown order cannot be undone to the key;
 *   <li>every permutation, the key order included, is a possible display order, equally likely: no order is
 *       singled out by never being shown.
 * </ul>
 *
 * <p>Self-study and assignments take their orders from here and nowhere else; the secret never leaves the server.
 */
public final class DisplayOrder {

    private static final String HMAC = "HmacSHA256";

    /** The smallest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    private final byte[] ownerKey;

    private DisplayOrder(byte[] ownerKey) {
        this.ownerKey = ownerKey;
    }

    /**
     * The orders of one owner.
     *
     * @param secret the server's secret, at least {@link #MIN_SECRET_BYTES} bytes
     * @param owner who the orders are fixed for, e.g. {@code "learner:<uuid>"}
     * @throws IllegalArgumentException for a secret that is too short or a blank owner
     */
    public static DisplayOrder of(byte[] secret, String owner) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the display-order secret must have at least 32 bytes");
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a display order needs an owner");
        }
        return new DisplayOrder(hmac(secret, owner));
    }

    /** The seed of a question's display orders: the same for the same owner and question, every time. */
    public long seed(String questionId) {
        return ByteBuffer.wrap(hmac(ownerKey, questionId)).getLong();
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "DisplayOrder[…]";
    }
}
