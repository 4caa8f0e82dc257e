package io.switchboard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * This server instance's compiled rule sets (routes, SLA policies...), each valid for one revision of what it was
 * compiled from. A real singleton: one cache per instance, read without locking; two threads that find an entry stale
 * may both compile, and either result is right.
 */
@ApplicationScoped
public class RevisionCache {

    private record Compiled(long revision, Object value) {}

    /** A revision under which nothing is kept: a transaction that changed what would be compiled. */
    public static final long UNCACHED = -1;

    private final Map<String, Compiled> current = new ConcurrentHashMap<>();

    /** What is cached under {@code name} for this revision, compiled (and kept) when the cache holds another one. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name, long revision, Supplier<T> compile) {
        if (revision == UNCACHED) {
            return compile.get();
        }
        Compiled compiled = current.get(name);
        if (compiled != null && compiled.revision() == revision) {
            return (T) compiled.value();
        }
        T value = compile.get();
        current.put(name, new Compiled(revision, value));
        return value;
    }
}
