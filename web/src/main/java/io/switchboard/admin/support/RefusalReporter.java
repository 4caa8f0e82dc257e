package io.switchboard.admin.support;

import io.switchboard.platform.DomainException;
import io.switchboard.platform.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * Turns a refused action into a page message in plain language ({@link RefusalWording}), or, for a bean that names its fields
 * ({@link FieldLabels}), the field as the screen shows it and the reason. The action then returns null (stay on the
 * page); cleanup that must run either way belongs in the action's {@code finally}. The sentence goes beside the input
 * that shows the refused field ({@link RefusalPlaces}: a {@code refusalField} attribute or the input's id), else on top.
 */
@ReportsRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalReporter implements Serializable {

    /** A screen whose input refusals name fields the way the screen labels them. */
    public interface FieldLabels {
        /** The label of the field the service names, e.g. "severities[1].name" as "Severity 'Urgent' name". */
        String label(String field);
    }

    /** A screen that shows a refusal beside the input it concerns: the client id of the field's input, or null. */
    public interface FieldPlaces {
        String clientId(String field);
    }

    @AroundInvoke
    Object report(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (InvalidInputException e) {
            Object screen = invocation.getTarget();
            String beside = screen instanceof FieldPlaces places ? places.clientId(e.getField()) : null;
            RefusalPlaces.Place place =
                    beside == null ? RefusalPlaces.find(FacesContext.getCurrentInstance(), e.getField()) : null;
            String sentence;
            if (place != null && place.label() != null && !place.label().isBlank()) {
                // Beside an input, the refusal names it the way its label does.
                sentence = RefusalWording.labelled(place.label(), e.getReason());
            } else if (screen instanceof FieldLabels labels) {
                sentence = labels.label(e.getField()) + ": " + RefusalWording.reason(e.getReason());
            } else {
                sentence = RefusalWording.sentence(e.getField(), e.getReason());
            }
            Messages.failAt(beside != null ? beside : place == null ? null : place.clientId(), sentence);
            return null;
        } catch (DomainException e) {
            Messages.failText(RefusalWording.sentence(e.getMessage()));
            return null;
        }
    }
}
