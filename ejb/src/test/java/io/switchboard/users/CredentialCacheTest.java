package io.switchboard.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), 1000);

    @Test
    void aRememberedPairIsFoundWithTheHashItWasVerifiedAgainst() {
        cache.remember("ann", "s3cret", "hash-1", T0);
        assertThat(cache.find("ann", "s3cret", T0.plusSeconds(59)))
                .hasValueSatisfying(entry -> assertThat(entry.passwordHash()).isEqualTo("hash-1"));
    }

    @Test
    void anotherPasswordOrUserIsNotFound() {
        cache.remember("ann", "s3cret", "hash-1", T0);
        assertThat(cache.find("ann", "s3cret ", T0)).isEmpty();
        assertThat(cache.find("ann", "S3cret", T0)).isEmpty();
        assertThat(cache.find("bob", "s3cret", T0)).isEmpty();
        // Moving the boundary between username and password changes the key.
        assertThat(cache.find("ann:", "3cret", T0)).isEmpty();
        assertThat(cache.find("an", "ns3cret", T0)).isEmpty();
    }

    @Test
    void entriesExpireAfterTheirTtl() {
        cache.remember("ann", "s3cret", "hash-1", T0);
        assertThat(cache.find("ann", "s3cret", T0.plusSeconds(60))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void forgettingAUserDropsAllTheirEntriesOnly() {
        cache.remember("ann", "one", "h", T0);
        cache.remember("ann", "two", "h", T0);
        cache.remember("bob", "one", "h", T0);
        cache.forget("ann");
        assertThat(cache.find("ann", "one", T0)).isEmpty();
        assertThat(cache.find("ann", "two", T0)).isEmpty();
        assertThat(cache.find("bob", "one", T0)).isPresent();
    }

    @Test
    void theCacheIsBoundedOldestFirst() {
        CredentialCache small = new CredentialCache(Duration.ofSeconds(60), 3);
        for (int i = 0; i < 10; i++) {
            small.remember("user" + i, "pw", "h", T0.plusMillis(i));
        }
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.find("user9", "pw", T0)).isPresent();
        assertThat(small.find("user0", "pw", T0)).isEmpty();
    }

    @Test
    void expiredEntriesMakeRoomFirst() {
        CredentialCache small = new CredentialCache(Duration.ofSeconds(60), 3);
        small.remember("old1", "pw", "h", T0);
        small.remember("old2", "pw", "h", T0);
        small.remember("recent", "pw", "h", T0.plusSeconds(50));
        small.remember("new", "pw", "h", T0.plusSeconds(70));
        assertThat(small.find("recent", "pw", T0.plusSeconds(70))).isPresent();
        assertThat(small.find("new", "pw", T0.plusSeconds(70))).isPresent();
        assertThat(small.size()).isEqualTo(2);
    }

    @Test
    void twoCachesKeyTheSamePairDifferently() {
        // The HMAC key is random per cache (per process): nothing learnt from one applies to another.
        CredentialCache other = new CredentialCache(Duration.ofSeconds(60), 10);
        cache.remember("ann", "pw", "h", T0);
        assertThat(other.find("ann", "pw", T0)).isEmpty();
    }
}
