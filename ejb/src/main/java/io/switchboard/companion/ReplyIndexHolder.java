package io.switchboard.companion;

import io.switchboard.companion.logic.ReplyIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's reply index, kept under the server's data directory ({@code <domain>/data/companion-replies/<application>}, or
 * {@code switchboard.companion.index-dir}) so it outlives restarts; rebuilt from the solved conversations by the
 * {@code companion-reply-index} job. Lucene is thread-safe: no container locking.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReplyIndexHolder {

    private static final Logger LOG = Logger.getLogger(ReplyIndexHolder.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.companion.index-dir")
    Optional<String> configuredDirectory;

    // Each application its own directory: two deployments on one server (a test deployment beside the application)
    // must not share one index, whose write lock only one of them can hold.
    @Resource(lookup = "java:app/AppName")
    String application;

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
                        "companion-replies"))
                .resolve(application == null || application.isBlank() ? "switchboard" : application);
        try {
            Files.createDirectories(directory);
            index = ReplyIndex.at(directory);
        } catch (IOException | RuntimeException e) {
            // The application still starts: suggestions learn from what is solved from now on and from a rebuild.
            LOG.log(Level.WARNING, "reply index at " + directory + " not opened; kept in memory until restart", e);
            index = ReplyIndex.inMemory();
        }
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
