package io.switchboard.macros;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Macro tags: supervisors create, rename and delete them; deleting one takes it off its macros. */
@Stateless
public class MacroTagService {

    public static final int MAX_NAME = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public MacroTag create(String name) {
        String checked = checkedName(name, null);
        MacroTag tag = new MacroTag(checked, clock.instant());
        em.persist(tag);
        em.flush();
        return tag;
    }

    public List<MacroTag> list() {
        return em.createNamedQuery(MacroTag.ALL, MacroTag.class).getResultList();
    }

    public MacroTag find(long id) {
        MacroTag tag = em.find(MacroTag.class, id);
        if (tag == null) {
            throw new UnknownEntityException("macro tag", id);
        }
        return tag;
    }

    public MacroTag rename(long id, String name) {
        MacroTag tag = find(id);
        tag.rename(checkedName(name, tag.getId()));
        em.flush();
        return tag;
    }

    public void delete(long id) {
        MacroTag tag = find(id);
        em.createQuery("select m from Macro m join m.tags t where t.id = :id", Macro.class)
                .setParameter("id", id)
                .getResultList()
                .forEach(macro -> macro.untag(tag));
        em.remove(tag);
    }

    private String checkedName(String name, Long self) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", "has more than " + MAX_NAME + " characters");
        }
        Optional<MacroTag> other = em.createNamedQuery(MacroTag.BY_NAME, MacroTag.class)
                .setParameter("name", trimmed)
                .getResultStream()
                .findFirst();
        if (other.isPresent() && !other.get().getId().equals(self)) {
            throw ConflictException.onField("name", "a macro tag named '" + trimmed + "' exists");
        }
        return trimmed;
    }
}
