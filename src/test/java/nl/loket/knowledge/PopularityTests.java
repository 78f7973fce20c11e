package nl.loket.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PopularityTests {

    @Test
    void the_most_read_articles_are_popular_once_they_have_a_hundred_readers() {
        assertThat(Popularity.label(1000, 1000)).isEqualTo(PopularityLabel.POPULAR);
        assertThat(Popularity.label(300, 1000)).isEqualTo(PopularityLabel.POPULAR);
        assertThat(Popularity.label(99, 99)).isEqualTo(PopularityLabel.SOME_READERS);
    }

    @Test
    void articles_far_below_the_most_read_have_few_readers() {
        assertThat(Popularity.label(19, 1000)).isEqualTo(PopularityLabel.FEW_READERS);
        assertThat(Popularity.label(9, 20)).isEqualTo(PopularityLabel.FEW_READERS);
        assertThat(Popularity.label(0, 0)).isEqualTo(PopularityLabel.FEW_READERS);
    }

    @Test
    void articles_in_between_have_some_readers() {
        assertThat(Popularity.label(40, 1000)).isEqualTo(PopularityLabel.SOME_READERS);
        assertThat(Popularity.label(200, 1000)).isEqualTo(PopularityLabel.SOME_READERS);
    }

    @Test
    void the_reads_an_import_seeds_give_back_the_imported_label_whatever_else_was_imported() {
        for (var most : new long[] {
            PopularityLabel.POPULAR.seedReads(),
            PopularityLabel.SOME_READERS.seedReads(),
            PopularityLabel.FEW_READERS.seedReads()
        }) {
            for (var label : PopularityLabel.values()) {
                if (label.seedReads() <= most) {
                    assertThat(Popularity.label(label.seedReads(), most))
                            .as("%s with most %d", label, most)
                            .isEqualTo(label);
                }
            }
        }
    }

    @Test
    void the_export_names_are_the_dutch_labels_of_the_seed_pages() {
        assertThat(PopularityLabel.fromExportName("Populair")).isEqualTo(PopularityLabel.POPULAR);
        assertThat(PopularityLabel.fromExportName("Enkele lezers")).isEqualTo(PopularityLabel.SOME_READERS);
        assertThat(PopularityLabel.fromExportName("weinig lezers")).isEqualTo(PopularityLabel.FEW_READERS);
        assertThat(PopularityLabel.fromExportName(null)).isNull();
        assertThat(PopularityLabel.fromExportName("Heel populair")).isNull();
    }
}
