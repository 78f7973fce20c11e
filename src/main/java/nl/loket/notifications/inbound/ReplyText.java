package nl.loket.notifications.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the new part of a reply: removes the quoted history, the signature and the "sent from my
 * phone" line, in the forms Dutch and English mail programs write them. Rules (ADR 0011):
 *
 * <ul>
 *   <li>lines starting with {@code >} are quotes and go, wherever they are (answers written between
 *       quoted lines stay);
 *   <li>an attribution line ("Op … schreef …:", "On … wrote:", also wrapped over two lines, and
 *       with a time in it) goes; when no {@code >} quote follows it, the history follows unquoted
 *       and everything from it on goes;
 *   <li>everything from a separator ("-----Oorspronkelijk bericht-----", "-----Original
 *       Message-----") or an Outlook header block (Van/From, Verzonden/Sent/Datum/Date and
 *       Onderwerp/Subject lines together) on goes;
 *   <li>everything from the signature delimiter "-- " on goes;
 *   <li>"Verzonden vanaf mijn iPhone", "Sent from my iPhone" and the like go when they end the text.
 * </ul>
 *
 * A forwarded mail (subject "Fwd:", "Doorst:" and so on, or a "Forwarded message" separator before
 * any history) keeps everything: what was forwarded is the message. When the rules would leave
 * nothing, the whole text is kept.
 */
final class ReplyText {

    private static final Pattern FORWARD_SUBJECT =
            Pattern.compile("^\\s*(?:fwd?|doorst|wg|tr)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_SEPARATOR = Pattern.compile(
            "^(?:-{2,}\\s*(?:forwarded message|doorgestuurd bericht|weitergeleitete nachricht)\\s*-{2,}"
                    + "|begin (?:forwarded message|doorgestuurd bericht)\\s*:)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HISTORY_SEPARATOR = Pattern.compile(
            "^-{3,}\\s*(?:original message|oorspronkelijk bericht|origineel bericht|oorspronkelijke e-?mail"
                    + "|ursprüngliche nachricht|message d'origine)\\s*-{3,}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(?:(?:on|op|am)\\s.{0,300}?\\b(?:wrote|schreef|schrieb|het volgende geschreven)\\b.{0,200}"
                    + "|.{1,200}\\b(?:schreef op|wrote on|schrieb am)\\b.{1,200})\\s*:$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRAPPED_START = Pattern.compile("^(?:on|op|am)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");
    private static final Pattern HEADER_FROM =
            Pattern.compile("^\\*?(?:from|van|von|de)\\s*:\\*?\\s*\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_DATE =
            Pattern.compile("^\\*?(?:sent|date|verzonden|datum|gesendet|envoyé)\\s*:\\*?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SUBJECT =
            Pattern.compile("^\\*?(?:subject|onderwerp|betreff|objet)\\s*:\\*?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE_FOOTER = Pattern.compile(
            "^(?:(?:verzonden|verstuurd|gestuurd|sent|envoyé)\\s+(?:vanaf|vanuit|van|met|via|from|with|on|de(?:puis)?)\\s+.{2,50}"
                    + "|get outlook for (?:ios|android)|outlook (?:voor|for) (?:ios|android)(?: downloaden)?"
                    + "|download outlook (?:voor|for) (?:ios|android)|von meinem .{2,40} gesendet)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("^[_=\\-–—*]{5,}$");

    private ReplyText() {}

    /** The new part of {@code text}, a mail with this {@code subject}. */
    static String newPart(String text, String subject) {
        var original = normalise(text);
        if (FORWARD_SUBJECT.matcher(subject).find()) {
            return original;
        }
        var lines = new ArrayList<>(List.of(original.split("\n", -1)));
        var kept = withoutHistory(lines);
        if (kept == null) {
            return original;
        }
        withoutSignature(kept);
        withoutTrailingNoise(kept);
        var result = tidy(String.join("\n", kept));
        return result.isBlank() ? original : result;
    }

    /** The lines without quotes and history, or {@code null} when the mail turns out to be a forward. */
    private static List<String> withoutHistory(List<String> lines) {
        var kept = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.startsWith(">")) {
                continue;
            }
            if (FORWARD_SEPARATOR.matcher(line).matches()) {
                return null;
            }
            if (HISTORY_SEPARATOR.matcher(line).matches() || isHeaderBlock(lines, i)) {
                return kept;
            }
            int attribution = attributionLength(lines, i);
            if (attribution > 0) {
                if (!quoteFollows(lines, i + attribution)) {
                    return kept;
                }
                i += attribution - 1;
                continue;
            }
            kept.add(lines.get(i));
        }
        return kept;
    }

    /** How many lines (1 or 2) the attribution starting at line {@code i} has; 0 when it is none. */
    private static int attributionLength(List<String> lines, int i) {
        var line = lines.get(i).strip();
        if (isAttribution(line)) {
            return 1;
        }
        // Plain-text mail programs wrap a long attribution ("On …, Name <" / "address> wrote:").
        if (i + 1 < lines.size()
                && WRAPPED_START.matcher(line).find()
                && !lines.get(i + 1).isBlank()) {
            return isAttribution(line + " " + lines.get(i + 1).strip()) ? 2 : 0;
        }
        return 0;
    }

    private static boolean isAttribution(String line) {
        return line.length() <= 500
                && ATTRIBUTION.matcher(line).matches()
                && (TIME.matcher(line).find() || line.contains("@"));
    }

    private static boolean quoteFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (!line.isEmpty()) {
                return line.startsWith(">");
            }
        }
        return true;
    }

    /** A From/Van line with a date line and a subject line among the next few lines. */
    private static boolean isHeaderBlock(List<String> lines, int i) {
        if (!HEADER_FROM.matcher(lines.get(i).strip()).matches()) {
            return false;
        }
        boolean date = false;
        boolean subject = false;
        for (int j = i + 1; j < Math.min(lines.size(), i + 8); j++) {
            var line = lines.get(j).strip();
            date |= HEADER_DATE.matcher(line).matches();
            subject |= HEADER_SUBJECT.matcher(line).matches();
        }
        return date && subject;
    }

    private static void withoutSignature(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("--")) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    /** Mobile footers and horizontal rules at the end, and the empty lines around them. */
    private static void withoutTrailingNoise(List<String> lines) {
        while (!lines.isEmpty()) {
            var last = lines.getLast().strip();
            if (last.isEmpty()
                    || RULE.matcher(last).matches()
                    || MOBILE_FOOTER.matcher(last).matches()) {
                lines.removeLast();
            } else {
                return;
            }
        }
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00a0', ' ')
                .strip();
    }

    private static String tidy(String text) {
        return text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
