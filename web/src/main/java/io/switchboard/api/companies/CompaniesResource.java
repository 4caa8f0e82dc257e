package io.switchboard.api.companies;

import io.switchboard.api.Callers;
import io.switchboard.api.QueryParams;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.Masking;
import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyService;
import io.switchboard.platform.Page;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Companies customers belong to. Values of sensitive attributes are masked for agents. */
@Path("companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Companies")
public class CompaniesResource {

    /** One page of companies. */
    public record CompanyPage(List<CompanyView> items, int page, int size, long total) {}

    @EJB
    CompanyService companies;

    @EJB
    AttributeService attributes;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    private Masking masking() {
        return attributes.maskingFor(Callers.roles(security));
    }

    @POST
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Create a company")
    public Response create(@Valid CompanyRequest request) {
        Company company = companies.create(request.details());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(company.getId()))
                        .build())
                .entity(CompanyView.of(company, masking()))
                .build();
    }

    @GET
    @Operation(summary = "Search companies by name, paged")
    public CompanyPage search(
            @QueryParam("q") String query, @QueryParam("page") String page, @QueryParam("size") String size) {
        Masking masking = masking();
        Page<Company> found = companies.search(query, QueryParams.page(page), QueryParams.size(size));
        return new CompanyPage(
                found.items().stream().map(c -> CompanyView.of(c, masking)).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company")
    public CompanyView get(@PathParam("id") long id) {
        return CompanyView.of(companies.find(id), masking());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Replace a company's attributes")
    public CompanyView update(@PathParam("id") long id, @Valid CompanyRequest request) {
        return CompanyView.of(companies.update(id, request.details()), masking());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "Delete a company; its people stay, without a company")
    public void delete(@PathParam("id") long id) {
        companies.delete(id);
    }
}
