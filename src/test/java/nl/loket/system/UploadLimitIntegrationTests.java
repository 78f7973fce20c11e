package nl.loket.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.loket.testsupport.LoketIntegrationTest;
import nl.loket.testsupport.TestRoutes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload larger than the container takes at once (128 MB), over real HTTP: the visitor reads a
 * 413 page in their language that says so, or the API a problem, instead of a refusal about a
 * missing security token or a dropped connection.
 */
@LoketIntegrationTest
class UploadLimitIntegrationTests {

    private static final long LIMIT = 128L * 1024 * 1024;
    private static final String BOUNDARY = "loket-test-boundary";

    @LocalServerPort
    int port;

    @Test
    void a_form_upload_over_the_limit_gets_a_page_that_says_so_in_dutch() throws Exception {
        var response = upload(TestRoutes.ATTACHMENTS_PAGE, "nl");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("Te groot", "groter dan 128 MB", "minder of kleinere bestanden")
                .doesNotContain("Geen toegang");
    }

    @Test
    void the_page_speaks_english_to_an_english_browser() throws Exception {
        var response = upload(TestRoutes.ATTACHMENTS_PAGE, "en");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Too large", "larger than 128 MB", "fewer or smaller files");
    }

    @Test
    void an_api_upload_over_the_limit_gets_a_problem() throws Exception {
        var response = upload(TestRoutes.WHO_AM_I_API, "en");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413", "larger than 128 MB");
    }

    @Test
    void an_upload_that_does_not_announce_its_size_gets_the_same_page() throws Exception {
        var response = upload(TestRoutes.ATTACHMENTS_PAGE, "nl", false);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("groter dan 128 MB");
    }

    private HttpResponse<String> upload(String path, String language) throws IOException, InterruptedException {
        return upload(path, language, true);
    }

    /**
     * A multipart form of one file, one kilobyte over the limit, streamed rather than held in memory;
     * without {@code announced} it is sent in chunks, without a Content-Length.
     */
    private HttpResponse<String> upload(String path, String language, boolean announced)
            throws IOException, InterruptedException {
        var head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"groot.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
                .getBytes(StandardCharsets.US_ASCII);
        var tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        var padding = LIMIT + 1024 - head.length - tail.length;
        var length = head.length + padding + tail.length;
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", language)
                .POST(
                        announced
                                ? HttpRequest.BodyPublishers.fromPublisher(body(head, padding, tail), length)
                                : body(head, padding, tail))
                .build();
        try (var client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static HttpRequest.BodyPublisher body(byte[] head, long padding, byte[] tail) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head), zeros(padding)),
                new ByteArrayInputStream(tail)));
    }

    private static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                var n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
