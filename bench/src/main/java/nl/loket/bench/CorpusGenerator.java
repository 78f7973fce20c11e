package nl.loket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.loket.bench.HostingTopics.Action;
import nl.loket.bench.HostingTopics.Topic;
import nl.loket.knowledge.FaqEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a FAQ file in the format of {@code faq-corpus.json} with N Dutch hosting-helpdesk articles
 * made from {@link HostingTopics}: the same seed and size always give the same file.
 *
 * <p>{@code CorpusGenerator FILE [COUNT] [SEED]}, defaults 10,000 articles and seed 20261121.
 */
public final class CorpusGenerator {

    static final int DEFAULT_COUNT = 10_000;
    static final long DEFAULT_SEED = 20_261_121L;
    static final String SOURCE = "loket-bench-generator";
    static final String SITE = "Hosting Noord (fictief)";

    private static final int MIN_WORDS = 80;
    private static final int MAX_WORDS = 300;
    private static final List<String> PARTICLES = List.of("terug", "over", "aan", "op", "toe", "uit", "in");

    private final Random random;
    private final Set<String> titles = new HashSet<>();

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: CorpusGenerator FILE [COUNT] [SEED]");
            System.exit(2);
        }
        var file = Path.of(args[0]);
        var count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_COUNT;
        var seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        var entries = new CorpusGenerator(seed).generate(count);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.write(
                file,
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(entries));
        var words = entries.stream().mapToInt(entry -> words(entry.body())).summaryStatistics();
        System.out.printf(
                "Wrote %s: %d articles in %d categories, body %d-%d words (mean %.0f), %.1f MB%n",
                file,
                entries.size(),
                HostingTopics.TOPICS.size(),
                words.getMin(),
                words.getMax(),
                words.getAverage(),
                Files.size(file) / 1e6);
    }

    List<FaqEntry> generate(int count) {
        var entries = new ArrayList<FaqEntry>(count);
        for (int i = 1; i <= count; i++) {
            var topic = HostingTopics.TOPICS.get(random.nextInt(HostingTopics.TOPICS.size()));
            var subject = pick(topic.subjects());
            var action = pick(topic.actions());
            var title = uniqueTitle(topic, subject, action);
            entries.add(new FaqEntry(
                    "bench-%05d".formatted(i),
                    SOURCE,
                    SITE,
                    topic.category(),
                    title,
                    body(topic, subject, action, title),
                    popularityLabel(),
                    false,
                    null));
        }
        return entries;
    }

    private String uniqueTitle(Topic topic, String subject, Action action) {
        for (int attempt = 0; attempt < 50; attempt++) {
            var title = title(topic, subject, action);
            if (titles.add(title)) {
                return title;
            }
            subject = pick(topic.subjects());
            action = pick(topic.actions());
        }
        // Practically unreachable with these word lists; keeps the slugs unique all the same.
        var title = title(topic, subject, action) + " (" + titles.size() + ")";
        titles.add(title);
        return title;
    }

    private String title(Topic topic, String subject, Action action) {
        var context = random.nextInt(4) == 0 ? "" : " " + pick(HostingTopics.CONTEXTS);
        return switch (random.nextInt(7)) {
            case 0, 1 -> "Hoe " + firstPerson(action, subject) + context + "?";
            case 2 -> "Waarom " + pick(topic.problems()) + context + "?";
            case 3 -> "Kan ik " + subject + " zelf " + action.infinitive() + context + "?";
            case 4 -> "Foutmelding bij het " + action.infinitive() + " van " + subject + context;
            case 5 -> "Wat betekent " + pick(topic.terms()) + " voor " + subject + context + "?";
            default -> capitalize(subject + " " + action.infinitive() + context) + ": stap voor stap";
        };
    }

    /** "zeg" + "opzeggen" → "zeg ik mijn abonnement op": a separable verb's particle goes last. */
    static String firstPerson(Action action, String subject) {
        for (var particle : PARTICLES) {
            if (action.infinitive().startsWith(particle)
                    && !action.firstPerson().startsWith(particle)) {
                return action.firstPerson() + " ik " + subject + " " + particle;
            }
        }
        return action.firstPerson() + " ik " + subject;
    }

    private String body(Topic topic, String subject, Action action, String title) {
        var target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS - 20);
        var text = new StringBuilder();
        text.append(
                        title.startsWith("Waarom")
                                ? "Dit artikel gaat over de vraag: " + lowerFirst(title)
                                : "Wil je " + subject.replaceFirst("^mijn ", "je ") + " " + action.infinitive() + "?")
                .append(' ')
                .append(pick(HostingTopics.OPENINGS))
                .append(' ')
                .append(pick(topic.sentences()))
                .append("\n\n## Zo doe je het\n\n");
        for (var step : steps()) {
            text.append(step.number())
                    .append(". ")
                    .append(fill(
                            HostingTopics.STEPS.get(step.template()), step.template() == 1 ? topic.menu() : subject))
                    .append('\n');
        }
        text.append('\n');
        var closing = pick(HostingTopics.CLOSINGS);
        var heading = false;
        while (words(text) + words(closing) < target) {
            if (!heading) {
                text.append("## Goed om te weten\n\n");
                heading = true;
            }
            switch (random.nextInt(6)) {
                case 0 -> {
                    var tips = new ArrayList<>(HostingTopics.TIPS);
                    java.util.Collections.shuffle(tips, random);
                    tips.subList(0, 1 + random.nextInt(3))
                            .forEach(tip -> text.append("- ").append(tip).append('\n'));
                    text.append('\n');
                }
                case 1 ->
                    text.append("**")
                            .append(capitalize(pick(topic.terms())))
                            .append("**: ")
                            .append(pick(topic.sentences()))
                            .append("\n\n");
                case 2 -> text.append(pick(topic.sentences())).append("\n\n");
                case 3 -> {
                    if (random.nextInt(4) == 0) {
                        text.append(table(topic));
                    } else {
                        text.append(fill(pick(HostingTopics.GENERAL), subject)).append("\n\n");
                    }
                }
                default ->
                    text.append(fill(pick(HostingTopics.GENERAL), subject))
                            .append(' ')
                            .append(fill(pick(HostingTopics.GENERAL), pick(topic.subjects())))
                            .append("\n\n");
            }
        }
        return text.append(closing).toString().strip();
    }

    private record Step(int number, int template) {}

    /** Three to six of the step templates, in their order, always starting with signing in. */
    private List<Step> steps() {
        var count = 3 + random.nextInt(4);
        var chosen = new ArrayList<Integer>(List.of(0));
        var others = new ArrayList<Integer>();
        for (int i = 1; i < HostingTopics.STEPS.size(); i++) {
            others.add(i);
        }
        java.util.Collections.shuffle(others, random);
        chosen.addAll(others.subList(0, count - 1));
        java.util.Collections.sort(chosen);
        var steps = new ArrayList<Step>();
        for (int i = 0; i < chosen.size(); i++) {
            steps.add(new Step(i + 1, chosen.get(i)));
        }
        return steps;
    }

    private String table(Topic topic) {
        var table = new StringBuilder("| Pakket | ")
                .append(capitalize(pick(topic.terms())))
                .append(" |\n|---|---|\n");
        for (var plan : List.of("Starter", "Pro", "Business")) {
            table.append("| ")
                    .append(plan)
                    .append(" | ")
                    .append(random.nextBoolean() ? "inbegrepen" : "tegen meerprijs")
                    .append(" |\n");
        }
        return table.append('\n').toString();
    }

    private String popularityLabel() {
        var roll = random.nextInt(100);
        if (roll < 5) {
            return "Populair";
        }
        if (roll < 30) {
            return "Enkele lezers";
        }
        return roll < 90 ? "Weinig lezers" : null;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String fill(String template, String value) {
        return template.contains("%s") ? template.formatted(value) : template;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    static int words(CharSequence text) {
        var trimmed = text.toString().strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
