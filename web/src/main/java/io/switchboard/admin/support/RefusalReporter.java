package io.switchboard.admin.support;

import io.switchboard.platform.DomainException;
import io.switchboard.platform.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * Turns a refused action into a page message: the service's reason as a sentence, or, for a bean that names its fields
 * ({@link FieldLabels}), the field as the screen shows it and the reason. The action then returns null (stay on the
 * page); cleanup that must run either way belongs in the action's {@code finally}.
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

    @AroundInvoke
    Object report(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (InvalidInputException e) {
            if (invocation.getTarget() instanceof FieldLabels screen) {
                Messages.failText(screen.label(e.getField()) + ": " + e.getReason());
            } else {
                Messages.fail(e);
            }
            return null;
        } catch (DomainException e) {
            Messages.fail(e);
            return null;
        }
    }
}
