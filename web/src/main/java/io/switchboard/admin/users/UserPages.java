package io.switchboard.admin.users;

import io.switchboard.platform.Page;
import io.switchboard.users.UserService;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The users table, paged and sorted by the server (the shared {@code ServerPages} does not sort): the column a
 * supervisor sorts by becomes the service's order.
 */
final class UserPages extends LazyDataModel<UserSummary> {

    /** Fetches one page of rows in an order (serializable: view-scoped beans hold the model). */
    @FunctionalInterface
    interface Fetch extends Serializable {
        Page<UserSummary> page(UserService.Order order, boolean descending, int page, int size);
    }

    private final Fetch fetch;

    UserPages(Fetch fetch) {
        this.fetch = fetch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0;
    }

    @Override
    public List<UserSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        UserService.Order order = UserService.Order.USERNAME;
        boolean descending = false;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            order = switch (sort.getField()) {
                case "name" -> UserService.Order.NAME;
                case "created" -> UserService.Order.CREATED;
                default -> UserService.Order.USERNAME;
            };
            descending = sort.getOrder() == SortOrder.DESCENDING;
        }
        Page<UserSummary> found = fetch.page(order, descending, first / pageSize, pageSize);
        int last = recalculateFirst(first, pageSize, (int) found.total());
        if (last != first) {
            // Fewer users match than when this page was chosen: show the last page instead.
            found = fetch.page(order, descending, last / pageSize, pageSize);
        }
        setRowCount((int) found.total());
        return found.items();
    }

    @Override
    public String getRowKey(UserSummary row) {
        return String.valueOf(row.getId());
    }

    @Override
    public UserSummary getRowData(String rowKey) {
        return getWrappedData().stream()
                .filter(r -> rowKey.equals(getRowKey(r)))
                .findFirst()
                .orElse(null);
    }
}
