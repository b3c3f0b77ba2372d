package app.lectern.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive defensively, counting the bytes actually inflated (sizes in headers can lie): at most
 * {@link QuestionImport#MAX_ZIP_BYTES} compressed, {@link QuestionImport#MAX_ZIP_ENTRIES} entries,
 * {@link QuestionImport#MAX_UNCOMPRESSED_BYTES} in all once inflated, and no entry inflating more than
 * {@link QuestionImport#MAX_RATIO} times its compressed size (above 100 KiB). Entry names with {@code ..} segments, an
 * absolute path, a drive letter or a backslash are refused, and so are duplicate names.
 */
final class SafeZip {

    /** Why an archive was refused, for a teacher to read. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private SafeZip() {}

    /** Every file entry (directories left out) by name, in archive order. */
    static Map<String, byte[]> read(byte[] zip) throws Refused {
        if (zip.length > QuestionImport.MAX_ZIP_BYTES) {
            throw new Refused("the archive has " + zip.length + " bytes; at most " + QuestionImport.MAX_ZIP_BYTES
                    + " (10 MiB) are accepted");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++count > QuestionImport.MAX_ZIP_ENTRIES) {
                    throw new Refused("more than " + QuestionImport.MAX_ZIP_ENTRIES + " entries in the archive");
                }
                String name = e.getName();
                checkName(name);
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(name)) {
                    throw new Refused("the entry '" + name + "' is in the archive twice");
                }
                byte[] data = inflate(in, QuestionImport.MAX_UNCOMPRESSED_BYTES - total, name);
                total += data.length;
                long compressed = e.getCompressedSize();
                if (data.length > 100 * 1024
                        && (compressed <= 0 || data.length / (double) compressed > QuestionImport.MAX_RATIO)) {
                    throw new Refused("the entry '" + name + "' inflates more than " + QuestionImport.MAX_RATIO
                            + " times: a zip bomb?");
                }
                entries.put(name, data);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("not a readable zip archive (" + e.getMessage() + ")");
        }
        if (count == 0) {
            throw new Refused("not a zip archive, or an empty one");
        }
        return entries;
    }

    private static byte[] inflate(InputStream in, long budget, String name) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget) {
                throw new Refused("the archive inflates to more than " + QuestionImport.MAX_UNCOMPRESSED_BYTES
                        + " bytes (20 MiB) at entry '" + name + "': a zip bomb?");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Refuses names that would leave the folder they are unpacked into, or that mean different things on Windows. */
    static void checkName(String name) throws Refused {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.matches("^[A-Za-z]:.*")
                || name.indexOf('\0') >= 0
                || ("/" + name + "/").contains("/../")) {
            throw new Refused("the entry name '" + visible(name) + "' is unsafe (absolute, a backslash or '..')");
        }
    }

    private static String visible(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
