package nl.loket.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the real time, until a test moves it forward to see what
 * happens later (a link expiring, a lock running out). Tests that move it call {@link #reset()}
 * afterwards, because every test in the JVM shares it.
 */
public final class TestClock extends Clock {

    private final Offset offset;
    private final ZoneId zone;

    public TestClock() {
        this(new Offset(), ZoneOffset.UTC);
    }

    private TestClock(Offset offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** Shared by this clock and its copies in other zones. */
    private static final class Offset {
        private volatile Duration value = Duration.ZERO;
    }

    /** Lets the application live {@code duration} later than the real time. */
    public void advance(Duration duration) {
        offset.value = offset.value.plus(duration);
    }

    public void reset() {
        offset.value = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.value);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(offset, zone);
    }
}
