package io.switchboard.admin.companies;

import io.switchboard.admin.support.AttributeValue;
import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.ServerPages;
import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyService;
import io.switchboard.platform.Page;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The Companies view: companies found by name, paged by the server; the chosen one's attributes. */
@Named
@ViewScoped
public class CompaniesBean implements Serializable {

    @EJB
    transient CompanyService companies;

    private String query;
    private final LazyDataModel<CompanySummary> pages = new ServerPages<>(this::page, CompanySummary::getId);
    private CompanySummary selected;

    /** Shows the first page of what the query now finds. */
    public void search() {
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent("companies:table")).setFirst(0);
        selected = null;
    }

    /** One page of the engine's company search, as rows of this screen. */
    private Page<CompanySummary> page(int page, int size) {
        Page<Company> found = companies.search(query, page, size);
        return new Page<>(
                found.items().stream().map(CompanySummary::new).toList(), found.page(), found.size(), found.total());
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

    /** The chosen company's attributes, as name and text. */
    public List<AttributeValue> getSelectedAttributes() {
        return selected == null ? List.of() : Labels.attributes(selected.getAttributes());
    }
}
