package nl.loket.knowledge.web;

import java.io.IOException;
import nl.loket.knowledge.FaqImport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Moving FAQ articles in and out in the {@code faq-corpus.json} format: an upload shows what the
 * import did per entry; a file that is not such a JSON array imports nothing.
 */
@Controller
@RequestMapping("/admin/kb")
class FaqTransferController {

    private static final String PAGE = "knowledge/admin/import";

    private final FaqImport faqImport;

    FaqTransferController(FaqImport faqImport) {
        this.faqImport = faqImport;
    }

    @GetMapping("/import")
    String showForm() {
        return PAGE;
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "knowledge.admin.import.no-file");
            return PAGE;
        }
        try (var in = file.getInputStream()) {
            var summary = faqImport.importFrom(in);
            faqImport.compactSearchIndexAfter(summary);
            model.addAttribute("summary", summary);
            model.addAttribute("rejections", RejectionReasons.of(summary.rejected()));
        } catch (FaqImport.MalformedFile malformed) {
            model.addAttribute("problem", "knowledge.admin.import.malformed");
        }
        return PAGE;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("faq-export.json")
                                .build()
                                .toString())
                .body(faqImport.exportJson());
    }
}
