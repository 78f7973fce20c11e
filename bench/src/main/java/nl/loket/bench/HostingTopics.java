package nl.loket.bench;

import java.util.List;

/**
 * Our own word lists for a Dutch hosting helpdesk: twenty categories, each with what customers ask
 * about (subjects), what they want to do with it (actions), what goes wrong (problems), its terms
 * and a few sentences only that category says. Written for the benchmark; no seed text is reused.
 */
final class HostingTopics {

    private HostingTopics() {}

    /** "wijzig" / "wijzigen": the first person for "Hoe wijzig ik …?", the infinitive for "… wijzigen". */
    record Action(String firstPerson, String infinitive) {}

    record Topic(
            String category,
            List<String> subjects,
            List<Action> actions,
            List<String> problems,
            List<String> terms,
            List<String> sentences,
            String menu) {}

    static Action act(String firstPerson, String infinitive) {
        return new Action(firstPerson, infinitive);
    }

    static final List<Topic> TOPICS = List.of(
            new Topic(
                    "Domeinnamen",
                    List.of(
                            "mijn domeinnaam",
                            "een .nl-domein",
                            "een .com-domein",
                            "de houder van mijn domein",
                            "de verhuiscode",
                            "een extra domeinnaam",
                            "de automatische verlenging",
                            "een verlopen domein"),
                    List.of(
                            act("registreer", "registreren"),
                            act("verhuis", "verhuizen"),
                            act("verleng", "verlengen"),
                            act("zeg", "opzeggen"),
                            act("vraag", "opvragen"),
                            act("wijzig", "wijzigen")),
                    List.of(
                            "is mijn domeinnaam nog niet actief",
                            "lukt de verhuizing van mijn domein niet",
                            "is mijn verhuiscode ongeldig",
                            "staat mijn domein op quarantaine"),
                    List.of("verhuiscode", "SIDN", "houderwijziging", "registrar", "WHOIS", "quarantaine"),
                    List.of(
                            "Een verhuiscode (ook wel token of autorisatiecode) vraag je op bij je huidige registrar.",
                            "Een .nl-domein valt onder SIDN; na opzegging staat het veertig dagen in quarantaine.",
                            "Voor een houderwijziging moeten de oude en de nieuwe houder allebei akkoord geven.",
                            "De WHOIS-gegevens van particulieren worden afgeschermd getoond."),
                    "Domeinen"),
            new Topic(
                    "DNS",
                    List.of(
                            "de nameservers",
                            "een A-record",
                            "een CNAME-record",
                            "het MX-record",
                            "een TXT-record",
                            "de DNS-instellingen",
                            "de TTL van een record",
                            "een subdomein"),
                    List.of(
                            act("wijzig", "wijzigen"),
                            act("voeg", "toevoegen"),
                            act("verwijder", "verwijderen"),
                            act("controleer", "controleren"),
                            act("maak", "aanmaken")),
                    List.of(
                            "zie ik mijn DNS-wijziging nog niet",
                            "verwijst mijn domein naar de oude server",
                            "geeft mijn subdomein een foutmelding",
                            "werkt mijn CNAME-record niet"),
                    List.of("nameserver", "DNS-propagatie", "A-record", "AAAA-record", "CNAME", "TTL", "DNSSEC"),
                    List.of(
                            "Een wijziging van de nameservers kan tot 24 uur nodig hebben voordat iedereen haar ziet.",
                            "Met een lagere TTL, bijvoorbeeld `300`, worden wijzigingen sneller overgenomen.",
                            "Een CNAME-record mag niet naast andere records op dezelfde naam staan.",
                            "DNSSEC ondertekent je DNS-records zodat niemand ze onderweg kan vervalsen."),
                    "DNS-beheer"),
            new Topic(
                    "E-mail",
                    List.of(
                            "een e-mailadres",
                            "mijn mailbox",
                            "een doorstuuradres",
                            "een automatisch antwoord",
                            "een catch-all adres",
                            "de e-mail op mijn iPhone",
                            "Outlook",
                            "Thunderbird",
                            "de webmail"),
                    List.of(
                            act("maak", "aanmaken"),
                            act("stel", "instellen"),
                            act("verwijder", "verwijderen"),
                            act("wijzig", "wijzigen"),
                            act("koppel", "koppelen")),
                    List.of(
                            "komt mijn e-mail niet aan",
                            "is mijn mailbox vol",
                            "kan ik geen e-mail versturen",
                            "vraagt Outlook steeds om mijn wachtwoord",
                            "komen mijn berichten in de spam terecht"),
                    List.of("IMAP", "SMTP", "POP3", "poort 587", "poort 993", "SPF", "DKIM", "DMARC", "webmail"),
                    List.of(
                            "Gebruik IMAP op poort 993 en SMTP op poort 587, allebei met SSL/TLS.",
                            "Met een SPF-record geef je aan welke servers namens jouw domein mogen mailen.",
                            "Een volle mailbox weigert nieuwe berichten; verwijder oude mail of vergroot de mailbox.",
                            "Zonder DKIM-handtekening belanden je berichten sneller in de spammap van de ontvanger."),
                    "E-mail"),
            new Topic(
                    "Webhosting",
                    List.of(
                            "mijn hostingpakket",
                            "de PHP-versie",
                            "het .htaccess-bestand",
                            "een cronjob",
                            "de schijfruimte",
                            "de foutlogboeken",
                            "een redirect",
                            "de document root"),
                    List.of(
                            act("wijzig", "wijzigen"),
                            act("upgrade", "upgraden"),
                            act("bekijk", "bekijken"),
                            act("stel", "instellen"),
                            act("maak", "aanmaken")),
                    List.of(
                            "geeft mijn website een 500-foutmelding",
                            "toont mijn website een witte pagina",
                            "is mijn schijfruimte vol",
                            "werkt mijn redirect niet"),
                    List.of(
                            "PHP",
                            "htaccess",
                            "cronjob",
                            "Apache",
                            "foutlog",
                            "public_html",
                            "500 Internal Server Error"),
                    List.of(
                            "Een 500-fout staat bijna altijd beschreven in het foutlogboek van je website.",
                            "De PHP-versie kies je per domein; nieuwe versies zijn sneller en veiliger.",
                            "Een cronjob voert op vaste tijden een script uit, bijvoorbeeld elke nacht om 03:00.",
                            "Bestanden voor je website horen in de map `public_html`."),
                    "Hosting"),
            new Topic(
                    "WordPress",
                    List.of(
                            "WordPress",
                            "een WordPress-plug-in",
                            "mijn WordPress-thema",
                            "de WordPress-beheerder",
                            "wp-config.php",
                            "de WordPress-database",
                            "automatische updates"),
                    List.of(
                            act("installeer", "installeren"),
                            act("update", "updaten"),
                            act("herstel", "herstellen"),
                            act("beveilig", "beveiligen"),
                            act("versnel", "versnellen")),
                    List.of(
                            "is mijn WordPress-site traag",
                            "kan ik niet meer inloggen in WordPress",
                            "toont WordPress een kritieke fout",
                            "is mijn WordPress-site gehackt"),
                    List.of("WordPress", "plug-in", "thema", "wp-admin", "wp-config.php", "cache", "WP-CLI"),
                    List.of(
                            "Schakel bij een kritieke fout eerst alle plug-ins uit door de map `plugins` te hernoemen.",
                            "Een cache-plug-in maakt een WordPress-site vaak twee tot drie keer sneller.",
                            "Met WP-CLI werk je WordPress bij vanaf de opdrachtregel via SSH.",
                            "Houd WordPress, thema's en plug-ins altijd bij om inbraak te voorkomen."),
                    "WordPress-beheer"),
            new Topic(
                    "SSL-certificaten",
                    List.of(
                            "een SSL-certificaat",
                            "Let's Encrypt",
                            "HTTPS",
                            "een wildcardcertificaat",
                            "een EV-certificaat",
                            "mijn eigen certificaat"),
                    List.of(
                            act("activeer", "activeren"),
                            act("verleng", "verlengen"),
                            act("installeer", "installeren"),
                            act("forceer", "forceren"),
                            act("controleer", "controleren")),
                    List.of(
                            "is mijn SSL-certificaat verlopen",
                            "toont de browser een onveilige verbinding",
                            "geeft mijn site een melding over gemengde inhoud",
                            "wordt mijn Let's Encrypt-certificaat niet verlengd"),
                    List.of("SSL", "TLS", "HTTPS", "Let's Encrypt", "certificaat", "mixed content", "CSR"),
                    List.of(
                            "Let's Encrypt-certificaten zijn gratis en worden elke negentig dagen vanzelf verlengd.",
                            "Gemengde inhoud ontstaat wanneer een pagina via HTTPS afbeeldingen via HTTP laadt.",
                            "Voor een eigen certificaat heb je een CSR, de private key en het tussencertificaat nodig.",
                            "Met een wildcardcertificaat beveilig je alle subdomeinen van één domeinnaam."),
                    "SSL"),
            new Topic(
                    "VPS",
                    List.of(
                            "mijn VPS",
                            "de firewall van mijn VPS",
                            "een SSH-sleutel",
                            "het besturingssysteem",
                            "de rescue-modus",
                            "extra geheugen",
                            "een snapshot"),
                    List.of(
                            act("herstart", "herstarten"),
                            act("herinstalleer", "herinstalleren"),
                            act("schaal", "opschalen"),
                            act("beheer", "beheren"),
                            act("maak", "maken")),
                    List.of(
                            "is mijn VPS niet bereikbaar",
                            "kan ik niet inloggen via SSH",
                            "loopt het geheugen van mijn VPS vol",
                            "start mijn VPS niet op"),
                    List.of("VPS", "SSH", "root", "Ubuntu", "Debian", "firewall", "snapshot", "KVM"),
                    List.of(
                            "Log in als root met `ssh root@jouw-ip-adres` en je SSH-sleutel.",
                            "In de rescue-modus start je VPS van een apart systeem, zodat je schijf los te repareren is.",
                            "Een snapshot legt je hele VPS vast; maak er een vóór elke grote wijziging.",
                            "Opschalen naar meer geheugen of processoren kan zonder herinstallatie."),
                    "Servers"),
            new Topic(
                    "Dedicated servers",
                    List.of(
                            "mijn dedicated server",
                            "de IPMI-console",
                            "RAID",
                            "een extra IP-adres",
                            "de netwerkpoort",
                            "een hardwarestoring"),
                    List.of(
                            act("bestel", "bestellen"),
                            act("meld", "melden"),
                            act("configureer", "configureren"),
                            act("herstart", "herstarten"),
                            act("bekijk", "bekijken")),
                    List.of(
                            "reageert mijn dedicated server niet meer",
                            "geeft de RAID-controller een waarschuwing",
                            "is het dataverkeer van mijn server op",
                            "meldt mijn server een defecte schijf"),
                    List.of("dedicated server", "IPMI", "RAID 1", "datacenter", "uplink", "dataverkeer"),
                    List.of(
                            "Via de IPMI-console bedien je de server alsof je er zelf voor staat.",
                            "Een defecte schijf in een RAID 1-opstelling vervangen we meestal binnen vier uur.",
                            "Ons datacenter staat in Amsterdam en is dag en nacht bemand.",
                            "Extra IP-adressen vraag je aan met een korte motivatie voor RIPE."),
                    "Servers"),
            new Topic(
                    "Back-ups",
                    List.of(
                            "een back-up",
                            "de back-up van mijn website",
                            "een oude versie van een bestand",
                            "de back-up van mijn database",
                            "de dagelijkse back-ups",
                            "een back-up van mijn e-mail"),
                    List.of(
                            act("maak", "maken"),
                            act("zet", "terugzetten"),
                            act("download", "downloaden"),
                            act("herstel", "herstellen"),
                            act("plan", "plannen")),
                    List.of(
                            "mis ik een bestand na het terugzetten",
                            "is mijn back-up mislukt",
                            "staat mijn back-up er niet tussen",
                            "duurt het terugzetten van een back-up zo lang"),
                    List.of("back-up", "restore", "herstelpunt", "bewaartermijn", "snapshot", "JetBackup"),
                    List.of(
                            "We maken elke nacht een back-up en bewaren die dertig dagen.",
                            "Je kunt één bestand terugzetten of de hele website in één keer.",
                            "Een back-up van je database zet je apart terug, los van de bestanden.",
                            "Download regelmatig zelf een back-up en bewaar die op een andere plek."),
                    "Back-ups"),
            new Topic(
                    "Facturen en betalen",
                    List.of(
                            "mijn factuur",
                            "een creditnota",
                            "de automatische incasso",
                            "mijn betaalmethode",
                            "een betalingsherinnering",
                            "het btw-nummer op mijn factuur",
                            "mijn IBAN"),
                    List.of(
                            act("betaal", "betalen"),
                            act("download", "downloaden"),
                            act("wijzig", "wijzigen"),
                            act("vraag", "aanvragen"),
                            act("bekijk", "bekijken")),
                    List.of(
                            "heb ik een betalingsherinnering gekregen",
                            "is mijn incasso mislukt",
                            "klopt het bedrag op mijn factuur niet",
                            "is mijn dienst geblokkeerd wegens een openstaande factuur"),
                    List.of("factuur", "iDEAL", "incasso", "creditnota", "btw", "IBAN", "betalingstermijn"),
                    List.of(
                            "Een factuur betaal je met iDEAL, creditcard of automatische incasso.",
                            "De betalingstermijn is veertien dagen; daarna sturen we een herinnering.",
                            "Zakelijke klanten in de EU vullen hun btw-nummer in om btw te verleggen.",
                            "Na een mislukte incasso proberen we het één keer opnieuw."),
                    "Facturen"),
            new Topic(
                    "Abonnement",
                    List.of(
                            "mijn abonnement",
                            "mijn hostingpakket",
                            "de contractduur",
                            "een extra dienst",
                            "de opzegtermijn",
                            "de fair-use-limiet"),
                    List.of(
                            act("zeg", "opzeggen"),
                            act("upgrade", "upgraden"),
                            act("verleng", "verlengen"),
                            act("wijzig", "wijzigen"),
                            act("bekijk", "bekijken")),
                    List.of(
                            "loopt mijn abonnement automatisch door",
                            "kan ik mijn abonnement niet opzeggen",
                            "heb ik de fair-use-limiet overschreden",
                            "is mijn pakket te klein geworden"),
                    List.of("abonnement", "opzegtermijn", "contractduur", "fair use", "upgrade", "downgrade"),
                    List.of(
                            "Een abonnement is maandelijks opzegbaar, met een opzegtermijn van één maand.",
                            "Na een upgrade betaal je alleen het verschil voor de rest van de periode.",
                            "Blijft je gebruik boven de fair-use-limiet, dan nemen we eerst contact met je op.",
                            "Een downgrade gaat in aan het begin van de volgende periode."),
                    "Abonnementen"),
            new Topic(
                    "Klantenpaneel",
                    List.of(
                            "het klantenpaneel",
                            "mijn wachtwoord",
                            "twee-factor-authenticatie",
                            "mijn persoonsgegevens",
                            "een extra gebruiker",
                            "mijn e-mailadres voor facturen",
                            "de taal van het klantenpaneel"),
                    List.of(
                            act("wijzig", "wijzigen"),
                            act("stel", "instellen"),
                            act("herstel", "herstellen"),
                            act("schakel", "inschakelen"),
                            act("voeg", "toevoegen")),
                    List.of(
                            "kan ik niet inloggen in het klantenpaneel",
                            "ben ik mijn wachtwoord vergeten",
                            "werkt mijn tweestapsverificatie niet meer",
                            "krijg ik geen e-mail om mijn wachtwoord te herstellen"),
                    List.of("klantenpaneel", "wachtwoord", "2FA", "authenticator-app", "herstelcode", "inlognaam"),
                    List.of(
                            "Met twee-factor-authenticatie vraagt het klantenpaneel naast je wachtwoord om een code uit je app.",
                            "Bewaar je herstelcodes op een veilige plek; daarmee kom je binnen als je telefoon kwijt is.",
                            "Een extra gebruiker krijgt alleen de rechten die jij toekent.",
                            "Je wachtwoord herstel je via de link 'Wachtwoord vergeten' op de inlogpagina."),
                    "Mijn account"),
            new Topic(
                    "Beveiliging",
                    List.of(
                            "mijn website",
                            "de webapplicatiefirewall",
                            "een geblokkeerd IP-adres",
                            "een phishingmail",
                            "een lek in mijn website",
                            "verdachte inlogpogingen"),
                    List.of(
                            act("beveilig", "beveiligen"),
                            act("deblokkeer", "deblokkeren"),
                            act("meld", "melden"),
                            act("controleer", "controleren"),
                            act("herstel", "herstellen")),
                    List.of(
                            "is mijn IP-adres geblokkeerd",
                            "is mijn website gehackt",
                            "verstuurt mijn website spam",
                            "zie ik vreemde bestanden op mijn hosting"),
                    List.of("firewall", "malware", "brute force", "phishing", "Imunify", "IP-blokkade"),
                    List.of(
                            "Na te veel mislukte inlogpogingen blokkeert de firewall je IP-adres een uur.",
                            "Een malwarescan controleert elke nacht alle bestanden op je hosting.",
                            "Stuur een phishingmail door als bijlage, dan kunnen wij de afzender laten blokkeren.",
                            "Wijzig na een hack direct alle wachtwoorden, ook die van FTP en de database."),
                    "Beveiliging"),
            new Topic(
                    "Databases",
                    List.of(
                            "een MySQL-database",
                            "phpMyAdmin",
                            "een databasegebruiker",
                            "een SQL-bestand",
                            "de databaseverbinding",
                            "een MariaDB-database"),
                    List.of(
                            act("maak", "aanmaken"),
                            act("importeer", "importeren"),
                            act("exporteer", "exporteren"),
                            act("herstel", "herstellen"),
                            act("optimaliseer", "optimaliseren")),
                    List.of(
                            "krijg ik de melding 'Error establishing a database connection'",
                            "is mijn database te groot",
                            "mislukt de import van mijn SQL-bestand",
                            "is mijn database traag"),
                    List.of("MySQL", "MariaDB", "phpMyAdmin", "SQL", "database", "localhost"),
                    List.of(
                            "Gebruik `localhost` als databaseserver wanneer je website op dezelfde hosting staat.",
                            "Grote SQL-bestanden importeer je via SSH met `mysql -u gebruiker -p database < bestand.sql`.",
                            "In phpMyAdmin kun je tabellen optimaliseren en repareren.",
                            "Elke database heeft een eigen gebruiker met een sterk wachtwoord."),
                    "Databases"),
            new Topic(
                    "FTP en bestanden",
                    List.of(
                            "een FTP-account",
                            "FileZilla",
                            "de bestandsbeheerder",
                            "de bestandsrechten",
                            "grote bestanden",
                            "SFTP"),
                    List.of(
                            act("maak", "aanmaken"),
                            act("upload", "uploaden"),
                            act("wijzig", "wijzigen"),
                            act("verbind", "verbinden"),
                            act("gebruik", "gebruiken")),
                    List.of(
                            "kan ik geen verbinding maken met FTP",
                            "mislukt het uploaden van mijn bestanden",
                            "krijg ik de melding 'permission denied'",
                            "zie ik mijn bestanden niet op de website"),
                    List.of("FTP", "SFTP", "FileZilla", "chmod", "bestandsrechten", "poort 21", "poort 22"),
                    List.of(
                            "Maak bij voorkeur verbinding via SFTP op poort 22; gewone FTP is onversleuteld.",
                            "Mappen hebben meestal rechten `755` en bestanden `644`.",
                            "In FileZilla kies je bij de verbinding voor 'Passieve modus' als de lijst leeg blijft.",
                            "Met de bestandsbeheerder in het klantenpaneel upload je kleine bestanden zonder FTP-programma."),
                    "Bestanden"),
            new Topic(
                    "Website-migratie",
                    List.of(
                            "mijn website",
                            "mijn e-mail",
                            "een verhuizing naar ons",
                            "de gratis verhuisservice",
                            "de oude hosting",
                            "mijn hele account"),
                    List.of(
                            act("verhuis", "verhuizen"),
                            act("migreer", "migreren"),
                            act("plan", "plannen"),
                            act("test", "testen"),
                            act("vraag", "aanvragen")),
                    List.of(
                            "werkt mijn website niet na de verhuizing",
                            "mis ik e-mail na de verhuizing",
                            "duurt de verhuizing langer dan verwacht",
                            "verwijst mijn domein nog naar de oude hosting"),
                    List.of("verhuizing", "migratie", "hostsbestand", "downtime", "verhuisservice", "cPanel-back-up"),
                    List.of(
                            "Met het hostsbestand test je de nieuwe hosting voordat je de DNS omzet.",
                            "Onze verhuisservice is gratis en verhuist website, databases en e-mail in één keer.",
                            "Zeg je oude hosting pas op als alles bij ons werkt.",
                            "Een cPanel-back-up van je oude hosting zetten wij in één keer over."),
                    "Verhuizen"),
            new Topic(
                    "Webshop",
                    List.of(
                            "mijn webshop",
                            "WooCommerce",
                            "Magento",
                            "PrestaShop",
                            "de betaalmodule",
                            "de productafbeeldingen"),
                    List.of(
                            act("installeer", "installeren"),
                            act("koppel", "koppelen"),
                            act("versnel", "versnellen"),
                            act("update", "updaten"),
                            act("beveilig", "beveiligen")),
                    List.of(
                            "werkt de betaalmodule van mijn webshop niet",
                            "is mijn webshop traag",
                            "komen bestelbevestigingen niet aan",
                            "laden mijn productafbeeldingen niet"),
                    List.of("webshop", "WooCommerce", "Magento", "PrestaShop", "betaalprovider", "Mollie", "PCI"),
                    List.of(
                            "Een betaalprovider zoals Mollie koppel je met een API-sleutel uit hun dashboard.",
                            "Bestelbevestigingen komen beter aan als je webshop via SMTP mailt in plaats van met PHP mail().",
                            "Magento heeft minstens 2 GB geheugen nodig om vlot te werken.",
                            "Verklein productafbeeldingen voordat je ze uploadt."),
                    "Webshops"),
            new Topic(
                    "Spam en virussen",
                    List.of(
                            "het spamfilter",
                            "een zwarte lijst",
                            "een witte lijst",
                            "de quarantaine van mijn mailbox",
                            "een virusmelding",
                            "SpamAssassin"),
                    List.of(
                            act("stel", "instellen"),
                            act("pas", "aanpassen"),
                            act("voeg", "toevoegen"),
                            act("bekijk", "bekijken"),
                            act("zet", "uitzetten")),
                    List.of(
                            "ontvang ik zoveel spam",
                            "worden goede berichten als spam gemarkeerd",
                            "staat mijn domein op een blacklist",
                            "krijg ik een virusmelding bij een bijlage"),
                    List.of(
                            "spam",
                            "spamfilter",
                            "blacklist",
                            "whitelist",
                            "SpamAssassin",
                            "virusscanner",
                            "spamscore"),
                    List.of(
                            "Een afzender op de witte lijst komt altijd binnen, ongeacht de spamscore.",
                            "Berichten met een spamscore boven 5 komen in de quarantaine terecht.",
                            "Staat je domein op een blacklist, controleer dan eerst of er een gehackt account is.",
                            "Bijlagen met een virus worden tegengehouden en nooit afgeleverd."),
                    "Spamfilter"),
            new Topic(
                    "Prestaties",
                    List.of(
                            "de laadtijd van mijn website",
                            "de servercache",
                            "OPcache",
                            "Redis",
                            "een CDN",
                            "de resourcelimieten"),
                    List.of(
                            act("verbeter", "verbeteren"),
                            act("activeer", "activeren"),
                            act("meet", "meten"),
                            act("leeg", "legen"),
                            act("verhoog", "verhogen")),
                    List.of(
                            "is mijn website traag",
                            "bereik ik de limiet van mijn pakket",
                            "krijg ik de melding 'Resource Limit Is Reached'",
                            "is mijn website 's avonds langzaam"),
                    List.of("laadtijd", "cache", "OPcache", "Redis", "CDN", "CPU", "geheugenlimiet", "LiteSpeed"),
                    List.of(
                            "OPcache bewaart gecompileerde PHP-code in het geheugen en staat standaard aan.",
                            "Met Redis als objectcache worden databasevragen niet steeds opnieuw uitgevoerd.",
                            "Een CDN levert afbeeldingen vanaf een server dicht bij de bezoeker.",
                            "In het klantenpaneel zie je per uur hoeveel CPU en geheugen je website gebruikt."),
                    "Statistieken"),
            new Topic(
                    "Account en privacy",
                    List.of(
                            "mijn account",
                            "mijn gegevens",
                            "een verwerkersovereenkomst",
                            "een inzageverzoek",
                            "de overdracht van mijn account",
                            "mijn nieuwsbriefvoorkeuren"),
                    List.of(
                            act("verwijder", "verwijderen"),
                            act("download", "downloaden"),
                            act("vraag", "aanvragen"),
                            act("draag", "overdragen"),
                            act("wijzig", "wijzigen")),
                    List.of(
                            "krijg ik nog steeds nieuwsbrieven",
                            "staat mijn naam verkeerd op mijn account",
                            "wil ik mijn account laten verwijderen",
                            "heb ik een verwerkersovereenkomst nodig"),
                    List.of("AVG", "privacy", "verwerkersovereenkomst", "inzageverzoek", "persoonsgegevens"),
                    List.of(
                            "Onder de AVG heb je recht op inzage in de persoonsgegevens die we van je bewaren.",
                            "Een verwerkersovereenkomst sluit je met één klik in het klantenpaneel.",
                            "Na het verwijderen van je account bewaren we facturen nog zeven jaar, zoals de wet eist.",
                            "Een account overdragen aan een andere eigenaar kan alleen met toestemming van beide partijen."),
                    "Mijn account"));

    /** Where a customer does something; appended to titles to tell near-twins apart. */
    static final List<String> CONTEXTS = List.of(
            "in het klantenpaneel",
            "in DirectAdmin",
            "in Plesk",
            "in cPanel",
            "via de API",
            "op mijn telefoon",
            "op een Mac",
            "op Windows",
            "op Android",
            "op mijn iPhone",
            "na een verhuizing",
            "zonder downtime",
            "voor een webshop",
            "voor een zakelijk pakket",
            "bij een reseller-account",
            "met WordPress",
            "voor meerdere domeinen",
            "op een subdomein",
            "als particulier",
            "voor een vereniging",
            "bij het Starter-pakket",
            "bij het Pro-pakket",
            "tijdens het weekend",
            "na een storing");

    static final List<String> OPENINGS = List.of(
            "In dit artikel lees je hoe je dat in een paar minuten zelf regelt.",
            "Dat is een van de vragen die we het vaakst krijgen, dus we leggen het stap voor stap uit.",
            "Meestal heb je hiervoor geen hulp van de helpdesk nodig.",
            "Hieronder staat wat je nodig hebt en wat je moet doen.",
            "Lees dit artikel helemaal voordat je begint, zo voorkom je verrassingen.",
            "Dit werkt hetzelfde voor alle pakketten, tenzij hieronder iets anders staat.");

    static final List<String> STEPS = List.of(
            "Log in op het klantenpaneel met je e-mailadres en wachtwoord.",
            "Kies in het menu voor **%s**.",
            "Klik op de dienst of de domeinnaam waar het om gaat.",
            "Open het tabblad **Instellingen**.",
            "Klik op **Wijzigen** naast %s.",
            "Vul de nieuwe gegevens in en controleer ze nog een keer.",
            "Klik op **Opslaan**; de wijziging is meestal binnen een paar minuten actief.",
            "Wacht op de bevestiging per e-mail voordat je verdergaat.",
            "Ververs de pagina en controleer of %s klopt.",
            "Leeg de cache van je browser en probeer het opnieuw.");

    static final List<String> GENERAL = List.of(
            "Let op: wijzigingen aan %s kunnen gevolgen hebben voor je website en je e-mail.",
            "Werkt het daarna nog niet, wacht dan een kwartier en probeer het opnieuw.",
            "Twijfel je? Maak dan eerst een back-up, zodat je altijd terug kunt.",
            "Deze handeling is gratis en je kunt haar zo vaak uitvoeren als je wilt.",
            "Bij een zakelijk pakket kan ook een extra gebruiker met beheerrechten dit doen.",
            "De helpdesk kan %s niet voor je wijzigen zonder schriftelijke toestemming van de eigenaar.",
            "Zie je een foutmelding, maak dan een schermafbeelding en stuur die mee met je ticket.",
            "Onze helpdesk is op werkdagen bereikbaar van 9:00 tot 17:30 uur.",
            "Buiten kantoortijd houden we storingen bij op onze statuspagina.",
            "In de meeste gevallen is het probleem na deze stappen opgelost.",
            "Heb je meerdere domeinen, herhaal de stappen dan voor elk domein apart.",
            "Sommige providers hanteren een eigen cache, waardoor het even kan duren voordat je het resultaat ziet.",
            "Gebruik altijd een sterk en uniek wachtwoord van minstens twaalf tekens.",
            "Je vindt %s ook terug in de bevestigingsmail die je na de bestelling hebt gekregen.",
            "Wij verwerken je verzoek op werkdagen binnen vier uur.",
            "Vraag je een wijziging aan voor iemand anders, dan hebben we een machtiging nodig.");

    static final List<String> TIPS = List.of(
            "Noteer de oude instellingen voordat je iets verandert.",
            "Test de wijziging eerst met een testdomein of subdomein.",
            "Plan grote wijzigingen buiten de drukste uren van je website.",
            "Controleer of je contactgegevens in het klantenpaneel kloppen, zodat meldingen je bereiken.",
            "Schakel twee-factor-authenticatie in voor extra veiligheid.",
            "Bewaar bevestigingsmails van ons in een aparte map.");

    static final List<String> CLOSINGS = List.of(
            "Kom je er niet uit? Maak dan een ticket aan in het Support Center, dan helpen we je verder.",
            "Heb je nog vragen, neem dan contact op met onze helpdesk via een ticket.",
            "Lukt het niet, stuur ons dan een ticket met de naam van je domein en wat je al geprobeerd hebt.",
            "Meer weten? Bekijk de andere artikelen in deze categorie.");
}
