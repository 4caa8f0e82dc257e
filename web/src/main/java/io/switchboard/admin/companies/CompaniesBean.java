package io.switchboard.admin.companies;

import io.switchboard.conversations.Page;
import io.switchboard.companies.CompanyService;
import io.switchboard.companies.CompanySummary;
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

/** The Companies view: companies found by name, paged by the server; the chosen one's attributes. */
@Named
@ViewScoped
public class CompaniesBean implements Serializable {

    /** Pages through the service, which answers a page and the total in one call. */
    private class Pages extends LazyDataModel<CompanySummary> {

        // PrimeFaces' contract when the total comes with the page: count 0, load sets the row count.
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<CompanySummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            Page<CompanySummary> found = companies.summaries(query, first / pageSize, pageSize);
            int last = recalculateFirst(first, pageSize, (int) found.total());
            if (last != first) {
                // Fewer companies match than when this page was chosen: show the last page instead.
                found = companies.summaries(query, last / pageSize, pageSize);
            }
            setRowCount((int) found.total());
            return found.items();
        }

        @Override
        public String getRowKey(CompanySummary company) {
            return String.valueOf(company.getId());
        }

        // PrimeFaces 15's default throws without a row-key converter; a selected row is one of the page shown.
        @Override
        public CompanySummary getRowData(String rowKey) {
            return getWrappedData().stream().filter(c -> rowKey.equals(getRowKey(c))).findFirst().orElse(null);
        }
    }

    @EJB
    transient CompanyService companies;

    private final LazyDataModel<CompanySummary> pages = new Pages();
    private String query;
    private CompanySummary selected;

    /** Shows the first page of what the query now finds. */
    public void search() {
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent("companies:table")).setFirst(0);
        selected = null;
    }

    public LazyDataModel<CompanySummary> getCompanies() {
        return pages;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public CompanySummary getSelected() {
        return selected;
    }

    public void setSelected(CompanySummary selected) {
        this.selected = selected;
    }
}
