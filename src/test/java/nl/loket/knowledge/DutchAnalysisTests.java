package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two texts "meet" when their analysed terms overlap: that is what lets one find the other. */
class DutchAnalysisTests {

    private final Analyzer dutch = new SearchAnalysis.DutchSearchAnalyzer();
    private final Analyzer english = new SearchAnalysis.EnglishSearchAnalyzer();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "factuur, facturen",
        "facturen, factuur",
        "betaald, betalen",
        "betaalt, betaling",
        "betaalmogelijkheden, betalen",
        "betaalmogelijkheden, mogelijkheden",
        "medewerker, supportmedewerker",
        "beëindigen, beeindigen",
        "opgezegd, opzeggen",
        "gewijzigd, wijzigen",
        "ingeschakeld, inschakelen",
        "jaarlijks, jaar",
        "maandelijks, maand",
        "wachtwoorden, wachtwoord",
        "klantenpaneel, paneel",
        "domeinnaam, domein",
        "persoonsgegevens, gegevens",
        "werkdagen, dag",
        "tweestapsverificatie, verificatie",
        "e-mailadres, emailadres",
        "reactietijd, responstijd",
        "log, inloggen",
        "faq, FAQ’s",
        "terugbetaling, terug"
    })
    void dutch_words_find_their_other_forms_and_compounds(String query, String text) {
        assertThat(terms(dutch, query)).as("%s vs %s", query, text).containsAnyElementsOf(terms(dutch, text));
    }

    @Test
    void words_that_only_look_alike_do_not_meet() {
        assertThat(terms(dutch, "factuur")).doesNotContainAnyElementsOf(terms(dutch, "domein"));
        assertThat(terms(dutch, "wachtwoord")).doesNotContainAnyElementsOf(terms(dutch, "woordenboek"));
    }

    @Test
    void a_word_in_the_lexicon_is_not_split() {
        assertThat(terms(dutch, "wachtwoord")).doesNotContain("wacht");
    }

    @Test
    void common_dutch_words_do_not_count_but_negations_do() {
        assertThat(terms(dutch, "hoe kan ik het")).isEmpty();
        assertThat(terms(dutch, "niet betaald")).contains("niet");
    }

    @Test
    void english_words_find_their_other_forms() {
        assertThat(terms(english, "invoices")).containsAnyElementsOf(terms(english, "invoice"));
        assertThat(terms(english, "cancelled")).containsAnyElementsOf(terms(english, "cancelling"));
    }

    @Test
    void query_syntax_is_just_text() {
        assertThat(terms(dutch, "\"( * ~ ) - + | \" facturen*")).containsExactly("factur");
    }

    static Set<String> terms(Analyzer analyzer, String text) {
        var terms = new LinkedHashSet<String>();
        try (var stream = analyzer.tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
