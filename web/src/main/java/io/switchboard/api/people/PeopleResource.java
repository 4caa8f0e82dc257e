package io.switchboard.api.people;

import io.switchboard.api.Callers;
import io.switchboard.api.QueryParams;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.people.Person;
import io.switchboard.people.PersonContact;
import io.switchboard.people.PersonService;
import io.switchboard.platform.Page;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers. Values of sensitive attributes are masked for agents. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "People")
public class PeopleResource {

    /** A new way to reach a customer. */
    public static class ContactRequest {
        @NotNull
        @Pattern(regexp = Channel.NAMES, message = "must be one of " + Channel.NAMES)
        public String channel;

        @NotBlank
        @Size(max = 320)
        public String address;
    }

    /** One page of people. */
    public record PersonPage(List<PersonView> items, int page, int size, long total) {}

    @EJB
    PersonService people;

    @EJB
    AttributeService attributes;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    private Masking masking() {
        return attributes.maskingFor(Callers.roles(security));
    }

    private PersonView view(Person person, Masking masking) {
        return PersonView.of(person, people.contacts(person.getId()), masking);
    }

    @POST
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Create a customer")
    public Response create(@Valid PersonRequest request) {
        Person person = people.create(request.details(), request.companyId);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(person.getId()))
                        .build())
                .entity(view(person, masking()))
                .build();
    }

    @GET
    @Operation(summary = "Search customers by name or contact address, paged")
    public PersonPage search(
            @QueryParam("q") String query, @QueryParam("page") String page, @QueryParam("size") String size) {
        Masking masking = masking();
        Page<Person> found = people.search(query, QueryParams.page(page), QueryParams.size(size));
        Map<Long, List<PersonContact>> contacts = people.contactsOf(found.items());
        return new PersonPage(
                found.items().stream()
                        .map(p -> PersonView.of(p, contacts.getOrDefault(p.getId(), List.of()), masking))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One customer")
    public PersonView get(@PathParam("id") long id) {
        return view(people.find(id), masking());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(
            summary = "Replace a customer's attributes",
            description = "A masked value sent back (as GET shows it) keeps the stored one; agents cannot change "
                    + "sensitive attributes (403 naming the attribute), and leaving one out keeps it.")
    public PersonView update(@PathParam("id") long id, @Valid PersonRequest request) {
        Masking masking = masking();
        return view(people.update(id, request.details(), request.companyId, masking), masking);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Delete a customer without conversations, with their contacts (409 otherwise)")
    public void delete(@PathParam("id") long id) {
        people.delete(id);
    }

    @POST
    @Path("{id}/contacts")
    @RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Add a contact (409 when the address belongs to someone on that channel)")
    public Response addContact(@PathParam("id") long id, @Valid ContactRequest request) {
        people.addContact(id, Channel.valueOf(request.channel), request.address.trim());
        return Response.status(Response.Status.CREATED)
                .entity(view(people.find(id), masking()))
                .build();
    }
}
