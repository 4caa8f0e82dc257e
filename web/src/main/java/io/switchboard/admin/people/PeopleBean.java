package io.switchboard.admin.people;

import io.switchboard.conversations.Page;
import io.switchboard.people.PersonService;
import io.switchboard.people.PersonSummary;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The People view: customers found by name or contact address, paged by the server; the chosen one's attributes. */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    /** Pages through the service, which answers a page and the total in one call. */
    private class Pages extends LazyDataModel<PersonSummary> {

        // PrimeFaces' contract when the total comes with the page: count 0, load sets the row count.
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<PersonSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            Page<PersonSummary> found = people.summaries(query, first / pageSize, pageSize);
            int last = recalculateFirst(first, pageSize, (int) found.total());
            if (last != first) {
                // Fewer people match than when this page was chosen: show the last page instead.
                found = people.summaries(query, last / pageSize, pageSize);
            }
            setRowCount((int) found.total());
            return found.items();
        }

        @Override
        public String getRowKey(PersonSummary person) {
            return String.valueOf(person.getId());
        }

        // PrimeFaces 15's default throws without a row-key converter; a selected row is one of the page shown.
        @Override
        public PersonSummary getRowData(String rowKey) {
            return getWrappedData().stream().filter(p -> rowKey.equals(getRowKey(p))).findFirst().orElse(null);
        }
    }

    @EJB
    transient PersonService people;

    private final LazyDataModel<PersonSummary> pages = new Pages();
    private String query;
    private PersonSummary selected;

    /** Shows the first page of what the query now finds. */
    public void search() {
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent("people:table")).setFirst(0);
        selected = null;
    }

    public LazyDataModel<PersonSummary> getPeople() {
        return pages;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PersonSummary getSelected() {
        return selected;
    }

    public void setSelected(PersonSummary selected) {
        this.selected = selected;
    }
}
