package nl.loket.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.loket.testsupport.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@LoketIntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void every_page_forbids_inline_scripts_framing_and_content_sniffing() throws Exception {
        for (var page : new String[] {"/", "/login", "/register", "/password/forgot"}) {
            var response = mvc.perform(get(page)).andReturn().getResponse();

            var policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as(page).contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(policy).as(page).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(page).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
        }
    }

    @Test
    void strict_transport_security_is_sent_over_https_only() throws Exception {
        var plain = mvc.perform(get("/login")).andReturn().getResponse();
        var secure = mvc.perform(get("/login").secure(true)).andReturn().getResponse();

        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");
    }
}
