package io.switchboard.platform;

/** The request names something that does not exist (404). */
public class UnknownEntityException extends DomainException {

    public UnknownEntityException(String entity, Object id) {
        super(entity + " " + id + " does not exist");
    }
}
