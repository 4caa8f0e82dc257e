package io.switchboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What an instance derives from stored configuration is kept per revision, and never for a changing transaction. */
class RevisionCacheTest {

    private final RevisionCache cache = new RevisionCache();
    private final AtomicInteger compiled = new AtomicInteger();

    private String compile() {
        return "compiled " + compiled.incrementAndGet();
    }

    @Test
    void theSameRevisionIsCompiledOnce() {
        assertEquals("compiled 1", cache.get("senders", 4, this::compile));
        assertEquals("compiled 1", cache.get("senders", 4, this::compile));
        assertEquals(1, compiled.get());
    }

    @Test
    void anotherRevisionIsCompiledAgainAndKept() {
        cache.get("senders", 4, this::compile);
        assertEquals("compiled 2", cache.get("senders", 5, this::compile));
        assertEquals("compiled 2", cache.get("senders", 5, this::compile));
    }

    @Test
    void namesAreKeptApart() {
        cache.get("senders", 4, this::compile);
        assertEquals("compiled 2", cache.get("bots", 4, this::compile));
    }

    @Test
    void aTransactionThatChangedTheConfigurationCompilesAfreshAndKeepsNothing() {
        cache.get("senders", 4, this::compile);
        assertEquals("compiled 2", cache.get("senders", RevisionCache.UNCACHED, this::compile));
        assertEquals("compiled 3", cache.get("senders", RevisionCache.UNCACHED, this::compile));
        // What it compiled may never commit: the committed revision's value is still the one kept.
        assertEquals("compiled 1", cache.get("senders", 4, this::compile));
    }
}
