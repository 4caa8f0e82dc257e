package io.switchboard.people;

import io.switchboard.attributes.AttributeOwner;
import io.switchboard.attributes.AttributeService;
import io.switchboard.attributes.Masking;
import io.switchboard.channels.Channel;
import io.switchboard.companies.Company;
import io.switchboard.companies.CompanyService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.Page;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Customers: their attributes, company and contacts. */
@Stateless
public class PersonService {

    @PersistenceContext
    EntityManager em;

    @EJB
    AttributeService attributes;

    @EJB
    CompanyService companies;

    @Inject
    Clock clock;

    public Person create(PersonDetails details, Long companyId) {
        check(details, null);
        Person person = new Person(details.firstName(), details.lastName(), clock.instant());
        person.describe(details, clock.instant());
        person.joinCompany(companyId == null ? null : company(companyId));
        em.persist(person);
        em.flush();
        return person;
    }

    public Person update(long id, PersonDetails details, Long companyId) {
        return update(id, details, companyId, Masking.NONE);
    }

    /**
     * Replaces a customer's details as a caller under this masking writes them: masks sent back keep the stored
     * values, and a caller who sees masks cannot change a sensitive value (403 naming it).
     */
    public Person update(long id, PersonDetails sent, Long companyId, Masking masking) {
        Person person = find(id);
        PersonDetails details = MaskedDetails.written(masking, person.details(), sent);
        check(details, person);
        person.describe(details, clock.instant());
        person.joinCompany(companyId == null ? null : company(companyId));
        return person;
    }

    /**
     * Updates a customer with the attributes their channel sent along with a message: given values replace ours, the
     * others stay. Errors name the fields under {@code fieldPrefix}.
     */
    public void learn(Person person, PersonDetails told, String fieldPrefix) {
        PersonDetails merged = person.details().overlay(told);
        check(merged, person, fieldPrefix);
        person.describe(merged, clock.instant());
    }

    /** The customer a CRM knows by this id, if any. */
    public Optional<Person> findByExternalId(String externalPersonId) {
        return em.createQuery("select p from Person p where p.externalPersonId = :externalId", Person.class)
                .setParameter("externalId", externalPersonId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Deletes a customer without conversations, with their contacts and attribute values. A customer with
     * conversations stays (409): their history needs them. The row is locked first, so that no conversation opens
     * for them while they are checked and deleted.
     */
    public void delete(long id) {
        Person person = find(id);
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        long conversations = em.createQuery("select count(c) from Conversation c where c.person = :person", Long.class)
                .setParameter("person", person)
                .getSingleResult();
        if (conversations > 0) {
            throw new ConflictException(
                    "person " + id + " has " + conversations + " conversation(s) and cannot be deleted");
        }
        em.createQuery("delete from PersonContact c where c.person = :person")
                .setParameter("person", person)
                .executeUpdate();
        em.remove(person);
        em.flush();
    }

    public Person find(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw new UnknownEntityException("person", id);
        }
        return person;
    }

    public List<PersonContact> contacts(long personId) {
        return em.createQuery(
                        "select c from PersonContact c where c.person.id = :id order by c.channel, c.address",
                        PersonContact.class)
                .setParameter("id", personId)
                .getResultList();
    }

    /** Adds a way to reach the customer; an address belongs to one person per channel. */
    public PersonContact addContact(long personId, Channel channel, String address) {
        Person person = find(personId);
        long taken = em.createQuery(
                        "select count(c) from PersonContact c where c.channel = :channel" + " and c.address = :address",
                        Long.class)
                .setParameter("channel", channel)
                .setParameter("address", address)
                .getSingleResult();
        if (taken > 0) {
            throw new ConflictException("the " + channel + " address " + address + " belongs to a person already");
        }
        PersonContact contact = new PersonContact(person, channel, address);
        em.persist(contact);
        em.flush();
        return contact;
    }

    /** People whose first or last name or a contact address contains the query (any case); blank finds all. */
    public Page<Person> search(String query, int page, int size) {
        String pattern = "%" + (query == null ? "" : query.trim().toLowerCase(Locale.ROOT)) + "%";
        String where = " where lower(p.firstName) like :pattern or lower(p.lastName) like :pattern"
                + " or exists (select c from PersonContact c where c.person = p and lower(c.address) like :pattern)";
        List<Person> found = em.createQuery(
                        "select p from Person p" + where + " order by p.lastName, p.firstName, p.id", Person.class)
                .setParameter("pattern", pattern)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(p) from Person p" + where, Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(found, page, size, total);
    }

    /** The contacts of several customers in one query, by customer id (a page of a list shows them all). */
    public Map<Long, List<PersonContact>> contactsOf(List<Person> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select c from PersonContact c where c.person in :people order by c.channel, c.address",
                        PersonContact.class)
                .setParameter("people", people)
                .getResultStream()
                .collect(Collectors.groupingBy(c -> c.getPerson().getId()));
    }

    private Company company(long companyId) {
        try {
            return companies.find(companyId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("companyId", "company " + companyId + " does not exist");
        }
    }

    private void check(PersonDetails details, Person current) {
        check(details, current, "");
    }

    private void check(PersonDetails details, Person current, String fieldPrefix) {
        attributes.checkCustomValues(
                AttributeOwner.PERSON, fieldPrefix + "customAttributes", details.customAttributes());
        if (details.externalPersonId() != null) {
            long taken = em.createQuery(
                            "select count(p) from Person p where p.externalPersonId = :externalId"
                                    + " and p.id <> :currentId",
                            Long.class)
                    .setParameter("externalId", details.externalPersonId())
                    .setParameter("currentId", current == null ? -1L : current.getId())
                    .getSingleResult();
            if (taken > 0) {
                throw new ConflictException("another person has the external id " + details.externalPersonId());
            }
        }
    }
}
