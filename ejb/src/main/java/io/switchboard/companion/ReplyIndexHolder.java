package io.switchboard.companion;

import io.switchboard.companion.logic.ReplyIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's reply index, kept under the server's data directory ({@code <domain>/data/companion-replies}, or
 * {@code switchboard.companion.index-dir}) so it outlives restarts; rebuilt from the solved conversations by the
 * {@code companion-reply-index} job. Lucene is thread-safe: no container locking.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplyIndexHolder {

    @Inject
    @ConfigProperty(name = "switchboard.companion.index-dir")
    Optional<String> configuredDirectory;

    private ReplyIndex index;
    private Path directory;

    @PostConstruct
    void open() {
        directory = configuredDirectory
                .filter(d -> !d.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir")),
                        "data",
                        "companion-replies"));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = ReplyIndex.at(directory);
    }

    @PreDestroy
    void close() {
        index.close();
    }

    public ReplyIndex index() {
        return index;
    }

    public Path directory() {
        return directory;
    }
}
