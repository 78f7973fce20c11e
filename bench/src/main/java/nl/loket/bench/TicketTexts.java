package nl.loket.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ticket subjects and message texts for the generated tickets, built from the knowledge base
 * corpus's word lists ({@link HostingTopics}) so that tickets read like a Dutch hosting helpdesk's:
 * subjects per category (and so per department), first messages, answers of staff, follow-ups of
 * customers and internal notes. Fixed lists, no randomness: the generator draws from them in SQL.
 */
final class TicketTexts {

    /** Categories that go to the billing department, and those that go to hosting; the rest is technical. */
    private static final Set<String> ADMINISTRATIE = Set.of("Facturen en betalen", "Abonnement", "Account en privacy");

    private static final Set<String> HOSTING =
            Set.of("Webhosting", "VPS", "Dedicated servers", "Back-ups", "Prestaties", "Website-migratie");

    private static final List<String> SINCE = List.of(
            "Sinds vanochtend", "Sinds gisteren", "Sinds het weekend", "Sinds een paar dagen", "Vanaf vannacht");

    private static final List<String> GREETINGS =
            List.of("Hallo,", "Goedemorgen,", "Goedemiddag,", "Beste helpdesk,", "Hoi,", "Geachte heer, mevrouw,");

    private static final List<String> ASKS = List.of(
            "Kunnen jullie even meekijken?",
            "Wat moet ik doen?",
            "Graag zo snel mogelijk hulp, onze klanten merken het ook.",
            "Ik heb de handleiding gevolgd, maar het lukt nog steeds niet.",
            "Is er een storing bekend?",
            "Ik hoor graag wat de oorzaak is.");

    static final List<String> FOLLOW_UPS = List.of(
            "Dank voor de snelle reactie, het werkt weer!",
            "Helaas werkt het nog steeds niet. Ik krijg nu een andere foutmelding.",
            "Ik heb de stappen gevolgd, maar zie geen verschil. Moet ik langer wachten?",
            "Top, bedankt. Dan sluit ik het hierbij af.",
            "Hierbij de schermafbeelding van de foutmelding, zoals gevraagd.",
            "Kunnen jullie dit ook voor mijn tweede domein doen?",
            "Ik ben vanmiddag niet bereikbaar, morgen wel. Kunnen jullie me dan bellen?",
            "Het lijkt nu te werken, ik houd het in de gaten.",
            "Ik snap niet precies wat ik moet invullen bij de tweede stap. Kunnen jullie dat uitleggen?",
            "Ik heb het wachtwoord opnieuw ingesteld, maar het probleem blijft.",
            "Is hier een extra kostenpost aan verbonden?",
            "Dank jullie wel voor de uitleg!");

    static final List<String> NOTES = List.of(
            "Klant heeft ook gebeld, graag vandaag terugbellen.",
            "Doorgezet naar de tweede lijn, wachten op hun analyse.",
            "Logs bekeken: de fout begon na de update van vannacht.",
            "Zelfde melding als bij een andere klant op dezelfde server; zie het storingsticket.",
            "Betaling staat inmiddels binnen, blokkade kan eraf.",
            "Klant is reseller, let op de afspraken in het contract.",
            "Wacht op bevestiging van de registrar.",
            "Niet sluiten voordat de klant heeft bevestigd.");

    private TicketTexts() {}

    /** A subject of a ticket with the code of the department it goes to. */
    record Subject(String department, String text) {}

    static List<Subject> subjects() {
        var subjects = new ArrayList<Subject>();
        for (var topic : HostingTopics.TOPICS) {
            var department = departmentOf(topic.category());
            var n = 0;
            for (var problem : topic.problems()) {
                subjects.add(new Subject(department, "Waarom " + problem + "?"));
                subjects.add(new Subject(department, SINCE.get(n++ % SINCE.size()) + " " + problem));
            }
            for (var subject : topic.subjects()) {
                for (var action : topic.actions()) {
                    subjects.add(new Subject(department, "Hoe " + action.firstPerson() + " ik " + subject + "?"));
                    subjects.add(new Subject(department, capitalize(subject + " " + action.infinitive())));
                }
            }
        }
        return subjects;
    }

    /** First messages of customers, without the closing name (the generator adds it). */
    static List<String> firstMessages() {
        var texts = new ArrayList<String>();
        var n = 0;
        for (var topic : HostingTopics.TOPICS) {
            for (var problem : topic.problems()) {
                for (int variant = 0; variant < 3; variant++, n++) {
                    texts.add(GREETINGS.get(n % GREETINGS.size()) + "\n\n" + SINCE.get(n % SINCE.size()) + " "
                            + problem + ". "
                            + topic.sentences().get(n % topic.sentences().size()) + " Klopt dat? "
                            + ASKS.get(n % ASKS.size()) + "\n\nMet vriendelijke groet,\n");
                }
            }
        }
        return texts;
    }

    /** Answers of staff, without the salutation (the generator adds the customer's first name). */
    static List<String> replies() {
        var texts = new ArrayList<String>();
        var n = 0;
        for (var topic : HostingTopics.TOPICS) {
            for (var sentence : topic.sentences()) {
                for (int variant = 0; variant < 2; variant++, n++) {
                    var general = HostingTopics.GENERAL.get(n % HostingTopics.GENERAL.size());
                    texts.add(
                            "Dank voor je bericht. " + sentence + " "
                                    + general.replace(
                                            "%s",
                                            topic.terms().get(n % topic.terms().size()))
                                    + "\n\n" + HostingTopics.TIPS.get(n % HostingTopics.TIPS.size())
                                    + "\n\nLaat je weten of het daarmee is opgelost?\n\nMet vriendelijke groet,\nTeam Loket Support");
                }
            }
        }
        return texts;
    }

    private static String departmentOf(String category) {
        return ADMINISTRATIE.contains(category) ? "administratie" : HOSTING.contains(category) ? "hosting" : "techniek";
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
