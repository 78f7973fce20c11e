package nl.loket.knowledge.web;

import java.util.List;
import java.util.regex.Pattern;
import nl.loket.knowledge.FaqImport;

/**
 * Puts the import's reasons for refusing an entry into the editor's language: each known reason
 * becomes a message key with its arguments; an unknown one is shown as the importer wrote it.
 */
final class RejectionReasons {

    /** One refused entry as the import page shows it. */
    record Row(int position, String id, String key, Object[] arguments) {}

    private record Rule(Pattern pattern, String key) {}

    private static final List<Rule> RULES = List.of(
            rule("empty entry", "empty"),
            rule("no id", "no-id"),
            rule("id longer than (\\d+) characters", "id-too-long"),
            rule("id appears twice in the file", "duplicate-id"),
            rule("no title", "no-title"),
            rule("title longer than (\\d+) characters", "title-too-long"),
            rule("no body", "no-body"),
            rule("body longer than (\\d+) characters", "body-too-long"),
            rule("unknown language '(.*)' \\(nl or en\\)", "unknown-language"));

    private RejectionReasons() {}

    static List<Row> of(List<FaqImport.Rejection> rejections) {
        return rejections.stream().map(RejectionReasons::row).toList();
    }

    private static Row row(FaqImport.Rejection rejection) {
        for (var rule : RULES) {
            var matcher = rule.pattern().matcher(rejection.reason());
            if (matcher.matches()) {
                var arguments = new Object[matcher.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = matcher.group(i + 1);
                }
                return new Row(rejection.position(), rejection.id(), rule.key(), arguments);
            }
        }
        return new Row(rejection.position(), rejection.id(), "other", new Object[] {rejection.reason()});
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), "knowledge.admin.import.reason-" + key);
    }
}
