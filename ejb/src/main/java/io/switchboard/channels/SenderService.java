package io.switchboard.channels;

import io.switchboard.platform.ConflictException;
import io.switchboard.platform.UnknownEntityException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The addresses the business talks from. */
@Stateless
public class SenderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Sender create(Channel channel, String address, String name) {
        if (findByAddress(channel, address).isPresent()) {
            throw new ConflictException("a " + channel + " sender with address " + address + " exists");
        }
        Sender sender = new Sender(channel, address, name, clock.instant());
        em.persist(sender);
        em.flush();
        return sender;
    }

    public Optional<Sender> findByAddress(Channel channel, String address) {
        return em.createNamedQuery(Sender.BY_ADDRESS, Sender.class)
                .setParameter("channel", channel)
                .setParameter("address", address)
                .getResultStream()
                .findFirst();
    }

    public Sender find(long id) {
        Sender sender = em.find(Sender.class, id);
        if (sender == null) {
            throw new UnknownEntityException("sender", id);
        }
        return sender;
    }

    public List<Sender> list() {
        return em.createNamedQuery(Sender.ALL, Sender.class).getResultList();
    }
}
