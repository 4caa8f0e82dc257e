package io.switchboard.routing;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.concurrent.atomic.AtomicReference;

/**
 * This server instance's compiled routes, valid for one revision of the route set. A real singleton: one cache per
 * instance, read without locking; two threads that find it stale may both compile, and either result is right.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RouteSetCache {

    private record Compiled(long revision, RouteSet routes) {
    }

    private final AtomicReference<Compiled> current = new AtomicReference<>();

    /** The routes compiled for this revision, or null when the cache holds another one. */
    public RouteSet get(long revision) {
        Compiled compiled = current.get();
        return compiled != null && compiled.revision() == revision ? compiled.routes() : null;
    }

    public void put(long revision, RouteSet routes) {
        current.set(new Compiled(revision, routes));
    }
}
