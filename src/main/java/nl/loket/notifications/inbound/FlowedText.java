package nl.loket.notifications.inbound;

/**
 * Undoes {@code format=flowed} (RFC 3676), as Thunderbird and Apple Mail send plain text: a line
 * that ends in a space continues on the next line of the same quote depth. Without this a wrapped
 * "On …, … wrote:" line or a quoted paragraph would arrive cut into pieces.
 */
final class FlowedText {

    private FlowedText() {}

    static String unflow(String text, boolean deleteSpace) {
        var out = new StringBuilder();
        var paragraph = new StringBuilder();
        int paragraphDepth = -1;
        var lines = text.split("\r?\n", -1);
        boolean endsWithBreak = text.endsWith("\n");
        int count = endsWithBreak ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            var line = lines[i];
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            var content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing
            }
            if (paragraphDepth >= 0 && depth != paragraphDepth) {
                end(out, paragraph, paragraphDepth);
                paragraphDepth = -1;
            }
            boolean flowed = content.endsWith(" ") && !content.equals("-- ");
            if (flowed && deleteSpace) {
                content = content.substring(0, content.length() - 1);
            }
            paragraph.append(content);
            paragraphDepth = depth;
            if (!flowed) {
                end(out, paragraph, paragraphDepth);
                paragraphDepth = -1;
            }
        }
        if (paragraphDepth >= 0) {
            end(out, paragraph, paragraphDepth);
        }
        if (out.length() > 0 && !endsWithBreak) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void end(StringBuilder out, StringBuilder paragraph, int depth) {
        if (depth > 0) {
            out.append(">".repeat(depth)).append(' ');
        }
        out.append(paragraph).append('\n');
        paragraph.setLength(0);
    }
}
