package app.lectern.classroom.ui;

import io.nayuki.qrcodegen.QrCode;

/**
 * A login card's link as a QR code in inline SVG, drawn on the server (no script, no image request): a phone's
 * camera opens the sign-in page with the login name typed in, so nobody retypes {@code sam-3043}.
 */
final class LoginCardQr {

    /** The quiet zone around the code, in modules (the standard asks for 4). */
    private static final int BORDER = 4;

    private LoginCardQr() {}

    /**
     * An {@code <svg>} element of the QR code of the text, named for screen readers by {@code label}.
     *
     * @param text what the code holds, e.g. {@code https://lectern.example.org/login?user=sam-3043}
     * @param label its accessible name
     */
    static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + BORDER)
                            .append(',')
                            .append(y + BORDER)
                            .append("h1v1h-1z");
                }
            }
        }
        String name = escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + name + "\" shape-rendering=\"crispEdges\"><title>" + name
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><path d=\"" + path
                + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
