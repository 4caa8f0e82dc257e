package io.switchboard.admin.people;

import io.switchboard.admin.support.AttributeValue;
import io.switchboard.admin.support.Labels;
import io.switchboard.admin.support.ServerPages;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonService;
import io.switchboard.platform.Page;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/** The People view: customers found by name or contact address, paged by the server; the chosen one's attributes. */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    @EJB
    transient PersonService people;

    private String query;
    private final LazyDataModel<PersonSummary> pages = new ServerPages<>(this::page, PersonSummary::getId);
    private PersonSummary selected;

    /** Shows the first page of what the query now finds. */
    public void search() {
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent("people:table")).setFirst(0);
        selected = null;
    }

    /** One page of the engine's customer search, with every customer's contacts read in one query. */
    private Page<PersonSummary> page(int page, int size) {
        Page<Person> found = people.search(query, page, size);
        Map<Long, List<PersonContact>> contacts = people.contactsOf(found.items());
        return new Page<>(
                found.items().stream()
                        .map(p -> new PersonSummary(p, contacts.getOrDefault(p.getId(), List.of())))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
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

    /** The chosen person's attributes, as name and text. */
    public List<AttributeValue> getSelectedAttributes() {
        return selected == null ? List.of() : Labels.attributes(selected.getAttributes());
    }
}
