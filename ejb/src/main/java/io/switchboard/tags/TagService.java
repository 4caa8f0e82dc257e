package io.switchboard.tags;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Conversation tags. */
@Stateless
public class TagService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Tag create(String name) {
        if (findByName(name).isPresent()) {
            throw ConflictException.onField("name", "a tag named '" + name + "' exists");
        }
        Tag tag = new Tag(name, clock.instant());
        em.persist(tag);
        em.flush();
        return tag;
    }

    public List<Tag> list() {
        return em.createNamedQuery(Tag.ALL, Tag.class).getResultList();
    }

    public Optional<Tag> findByName(String name) {
        return em.createNamedQuery(Tag.BY_NAME, Tag.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    /**
     * Defined tags by name, in order (tags sent along with a message or a bot's handover); an unknown one is refused
     * naming its place in {@code tags}.
     */
    public List<Tag> named(List<String> names) {
        List<Tag> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int index = i;
            found.add(findByName(name)
                    .orElseThrow(
                            () -> new InvalidInputException("tags[" + index + "]", "no tag is named '" + name + "'")));
        }
        return found;
    }

    public Tag find(long id) {
        Tag tag = em.find(Tag.class, id);
        if (tag == null) {
            throw new UnknownEntityException("tag", id);
        }
        return tag;
    }

    /** Renames a tag; conversations carrying it show the new name. */
    public Tag rename(long id, String name) {
        Tag tag = find(id);
        if (findByName(name).filter(other -> !other.getId().equals(tag.getId())).isPresent()) {
            throw ConflictException.onField("name", "a tag named '" + name + "' exists");
        }
        tag.rename(name);
        em.flush();
        return tag;
    }

    /** Deletes a tag; conversations lose it. */
    public void delete(long id) {
        em.remove(find(id));
    }
}
