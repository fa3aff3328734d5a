package dev.healthsync.dashboard;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG document the dashboard can insert as markup: one {@code rect} per run of dark modules in a
 * row, numbers only, so nothing of the encoded text reaches the markup, and colours as presentation attributes,
 * which a style-src policy without 'unsafe-inline' allows where {@code style} attributes would be refused.
 */
final class QrSvg {

    /** The four light modules around the symbol that scanners need to find it. */
    static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    static String of(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int side = code.size + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(16 * code.size * code.size)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(side).append(' ')
                .append(side).append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(side).append("\" height=\"").append(side).append("\" fill=\"#fff\"/>");
        for (int y = 0; y < code.size; y++) {
            int x = 0;
            while (x < code.size) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < code.size && code.getModule(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"").append(start + QUIET_ZONE).append("\" y=\"").append(y + QUIET_ZONE)
                        .append("\" width=\"").append(x - start).append("\" height=\"1\" fill=\"#000\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }
}
