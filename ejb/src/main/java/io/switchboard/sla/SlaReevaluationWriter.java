package io.switchboard.sla;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;

/** Re-evaluates each conversation of a chunk, inside the chunk's transaction. */
@Named("slaReevaluationWriter")
@Dependent
public class SlaReevaluationWriter extends AbstractItemWriter {

    @EJB
    SlaTracker tracker;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(id -> tracker.evaluate((Long) id));
    }
}
