package th.ita.insight.dashboard.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Thai fonts shipped with the dashboard (TLWG Laksaman, a TH Sarabun design; GPL with the font
 * exception, see docs/exports.md): documents never depend on what a server has installed.
 */
enum ExportFonts {
    REGULAR("/fonts/Laksaman.ttf"), BOLD("/fonts/Laksaman-Bold.ttf");

    /** The name DOCX files ask for: the font Thai government documents are written in, which officers' Word has. */
    static final String DOCX_FAMILY = "TH SarabunPSK";

    private final String resource;
    private volatile byte[] bytes;

    ExportFonts(String resource) {
        this.resource = resource;
    }

    byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = ExportFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing from the dashboard jar: " + resource);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = b;
        }
        return b;
    }
}
