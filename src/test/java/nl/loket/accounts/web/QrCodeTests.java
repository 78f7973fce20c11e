package nl.loket.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrCodeTests {

    @Test
    void the_qr_code_is_an_svg_data_uri_with_a_square_of_modules_and_a_quiet_zone() {
        var uri = QrCode.svgDataUri("otpauth://totp/Loket:a%40b.nl?secret=JBSWY3DPEHPK3PXP&issuer=Loket");

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        var svg = new String(
                Base64.getDecoder().decode(uri.substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        // A URI this long needs QR version 5 (37 modules) at level M; 4 modules of margin each side.
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 45 45\"");
        // The top-left finder pattern starts right after the quiet zone.
        assertThat(svg).contains("M4,4h1v1h-1zM5,4h1v1h-1zM6,4h1v1h-1z");
        assertThat(svg).doesNotContain("M0,0h1");
    }

    @Test
    void the_manual_key_is_shown_in_blocks_of_four() {
        assertThat(TwoFactorController.inBlocks("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"))
                .isEqualTo("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    }
}
