package nl.loket.knowledge.web;

import java.util.concurrent.ThreadLocalRandom;

/** Words no other test (and no Dutch text) uses, so tests sharing one database never see each other's data. */
final class AdminTestData {

    private AdminTestData() {}

    static String uniqueWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
