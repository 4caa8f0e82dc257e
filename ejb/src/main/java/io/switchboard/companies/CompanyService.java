package io.switchboard.companies;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.AttributeService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;

/** Companies customers belong to. */
@Stateless
public class CompanyService {

    @PersistenceContext
    EntityManager em;

    @EJB
    AttributeService attributes;

    @Inject
    Clock clock;

    public Company create(CompanyDetails details) {
        check(details, null);
        Company company = new Company(details, clock.instant());
        em.persist(company);
        em.flush();
        return company;
    }

    public Company update(long id, CompanyDetails details) {
        Company company = find(id);
        check(details, company);
        company.describe(details, clock.instant());
        return company;
    }

    public Company find(long id) {
        Company company = em.find(Company.class, id);
        if (company == null) {
            throw new UnknownEntityException("company", id);
        }
        return company;
    }

    /** Companies whose name contains the query (any case), by name; a blank query finds all. */
    public Page<Company> search(String query, int page, int size) {
        String pattern = "%" + (query == null ? "" : query.trim().toLowerCase(Locale.ROOT)) + "%";
        var found = em.createQuery(
                        "select c from Company c where lower(c.name) like :pattern order by c.name, c.id",
                        Company.class)
                .setParameter("pattern", pattern)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(c) from Company c where lower(c.name) like :pattern", Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(found, page, size, total);
    }

    /** Deletes a company; its people stay, without a company. */
    public void delete(long id) {
        Company company = find(id);
        em.createQuery("update Person p set p.company = null where p.company = :company")
                .setParameter("company", company)
                .executeUpdate();
        em.remove(company);
    }

    private void check(CompanyDetails details, Company current) {
        attributes.checkCustomValues(AttributeOwner.COMPANY, "customAttributes", details.customAttributes());
        if (details.externalId() != null) {
            long taken = em.createQuery(
                            "select count(c) from Company c where c.externalId = :externalId"
                                    + " and c.id <> :currentId",
                            Long.class)
                    .setParameter("externalId", details.externalId())
                    .setParameter("currentId", current == null ? -1L : current.getId())
                    .getSingleResult();
            if (taken > 0) {
                throw new ConflictException("another company has the external id " + details.externalId());
            }
        }
    }
}
