package io.switchboard.admin.support;

import io.switchboard.platform.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table paged by the server: every lazy list of the admin, parameterised by how to fetch one page (the service
 * answers the page and the total in one call) and by a row's key.
 */
public final class ServerPages<T> extends LazyDataModel<T> {

    /** Fetches page number {@code page} of {@code size} rows; serializable because view-scoped beans hold it. */
    @FunctionalInterface
    public interface Fetch<T> extends Serializable {
        Page<T> page(int page, int size);
    }

    /**
     * Fetches a page sorted by the column the user chose ({@code sortField} null: the list's own order); the
     * column's {@code sortBy} names its field.
     */
    @FunctionalInterface
    public interface SortedFetch<T> extends Serializable {
        Page<T> page(int page, int size, String sortField, boolean ascending);
    }

    /** A row's key, unique on the page. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        long of(T row);
    }

    private final SortedFetch<T> fetch;
    private final Key<T> key;

    public ServerPages(Fetch<T> fetch, Key<T> key) {
        this((page, size, sortField, ascending) -> fetch.page(page, size), key);
    }

    public ServerPages(SortedFetch<T> fetch, Key<T> key) {
        this.fetch = fetch;
        this.key = key;
    }

    // PrimeFaces' contract when the total comes with the page: count 0, load sets the row count.
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(s -> s.isActive()
                                && s.getOrder() != null
                                && !s.getOrder().isUnsorted())
                        .findFirst()
                        .orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder().isAscending();
        Page<T> found = fetch.page(first / pageSize, pageSize, field, ascending);
        int last = recalculateFirst(first, pageSize, (int) found.total());
        if (last != first) {
            // Fewer rows match than when this page was chosen: show the last page instead.
            found = fetch.page(last / pageSize, pageSize, field, ascending);
        }
        setRowCount((int) found.total());
        return found.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    // PrimeFaces 15's default throws without a row-key converter; a selected row is one of the page shown.
    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(r -> rowKey.equals(getRowKey(r)))
                .findFirst()
                .orElse(null);
    }
}
