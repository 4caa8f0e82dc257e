package io.switchboard.admin.support;

import io.switchboard.platform.ConflictException;
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
            besideTheField(invocation.getTarget(), e.getField(), e.getReason());
            return null;
        } catch (ConflictException e) {
            // A value another record already has (a tag's name, a sender's address): the same sentence as ever,
            // now also beside the input of the field it concerns when the screen has one.
            String sentence = RefusalWording.sentence(e.getMessage());
            String field = e.getFields().isEmpty()
                    ? null
                    : e.getFields().keySet().iterator().next();
            Object screen = invocation.getTarget();
            String beside = field != null && screen instanceof FieldPlaces places ? places.clientId(field) : null;
            RefusalPlaces.Place place = field != null && beside == null
                    ? RefusalPlaces.find(FacesContext.getCurrentInstance(), field)
                    : null;
            Messages.failAt(beside != null ? beside : place == null ? null : place.clientId(), sentence);
            return null;
        } catch (DomainException e) {
            Messages.failText(RefusalWording.sentence(e.getMessage()));
            return null;
        }
    }

    private static void besideTheField(Object screen, String field, String reason) {
        String beside = screen instanceof FieldPlaces places ? places.clientId(field) : null;
        RefusalPlaces.Place place =
                beside == null ? RefusalPlaces.find(FacesContext.getCurrentInstance(), field) : null;
        String sentence;
        if (place != null && place.label() != null && !place.label().isBlank()) {
            // Beside an input, the refusal names it the way its label does.
            sentence = RefusalWording.labelled(place.label(), reason);
        } else if (screen instanceof FieldLabels labels) {
            sentence = labels.label(field) + ": " + RefusalWording.reason(reason);
        } else {
            sentence = RefusalWording.sentence(field, reason);
        }
        Messages.failAt(beside != null ? beside : place == null ? null : place.clientId(), sentence);
    }
}
