package app.lectern.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile archives made in the tests, so no bomb is ever stored in the repository. */
final class HostileFiles {

    private HostileFiles() {}

    /** A zip with the given entries (name, bytes, name, bytes, …). */
    static byte[] zip(Object... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** 30 MiB of zeros deflated to about 30 KiB: a thousandfold ratio, and more than the 20 MiB cap. */
    static byte[] zipBomb() {
        return zip("[Content_Types].xml", new byte[30 * 1024 * 1024]);
    }
}
