package nl.loket.tickets.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but genuine files of every kind the policy knows, and some it must refuse. */
final class SampleFiles {

    private SampleFiles() {}

    static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    /** A 1×1 transparent PNG. */
    static byte[] png() {
        return Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }

    static byte[] jpeg() {
        return concat(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
                ascii("JFIF\0"),
                new byte[] {1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9});
    }

    static byte[] gif() {
        return concat(ascii("GIF89a"), new byte[] {1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
    }

    static byte[] webp() {
        return concat(ascii("RIFF"), new byte[] {26, 0, 0, 0}, ascii("WEBPVP8 "), new byte[] {14, 0, 0, 0, 0, 0});
    }

    static byte[] text() {
        return "Foutmelding van de webserver op 21-11-2026:\nHTTP 500 bij het inloggen op het klantenpaneel.\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv() {
        return "factuur;bedrag;datum\n2026-001;€ 12,50;2026-11-01\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mail() {
        return ascii("Received: from mail.example.nl\r\nFrom: Klant <klant@example.nl>\r\nTo: helpdesk@loket.test\r\n"
                + "Subject: Doorgestuurde factuur\r\nMIME-Version: 1.0\r\n\r\nZie de bijlage.\r\n");
    }

    static byte[] zip() {
        return zipOf(false, "readme.txt", "inhoud");
    }

    static byte[] docx() {
        return zipOf(
                false,
                "[Content_Types].xml",
                "<Types/>",
                "_rels/.rels",
                "<Relationships/>",
                "word/document.xml",
                "<w:document/>");
    }

    static byte[] docxWithMacros() {
        return zipOf(
                false,
                "[Content_Types].xml",
                "<Types/>",
                "word/document.xml",
                "<w:document/>",
                "word/vbaProject.bin",
                "macro");
    }

    static byte[] xlsx() {
        return zipOf(false, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    static byte[] odt() {
        return zipOf(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document/>");
    }

    static byte[] ods() {
        return zipOf(
                true,
                "mimetype",
                "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml",
                "<office:document/>");
    }

    /** The start of a Windows program. */
    static byte[] exe() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        bytes[4] = 3;
        bytes[60] = (byte) 0x80;
        System.arraycopy(ascii("PE\0\0"), 0, bytes, 0x80, 4);
        return bytes;
    }

    static byte[] elf() {
        return concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[64]);
    }

    static byte[] svg() {
        return ascii(
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    }

    static byte[] bareSvg() {
        return ascii("  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    }

    static byte[] html() {
        return ascii("\n<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Name/content pairs; with {@code firstStored} the first entry is uncompressed, as OpenDocument requires. */
    private static byte[] zipOf(boolean firstStored, String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                var content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                var entry = new ZipEntry(entries[i]);
                if (i == 0 && firstStored) {
                    var crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
