package nl.loket.tickets;

import nl.loket.knowledge.SearchAnalysis;
import org.hibernate.FlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Puts the text of all of a ticket's messages (customer's, staff's and internal notes) into the
 * ticket's index document, field {@value #FIELD}, Dutch-analysed and not stored. Messages have no
 * association to their ticket, so the texts are read with one query when the ticket is indexed;
 * the ticket is indexed again when {@code updatedAt} changes, which every new message and every
 * merge does. Used by Hibernate Search only ({@link Ticket}'s mapping).
 */
public final class TicketMessagesBinder implements TypeBinder {

    static final String FIELD = "messages";

    /** Bound to be generous, but a pathological ticket does not take a whole index document. */
    static final int MAX_MESSAGES = 500;

    public TicketMessagesBinder() {}

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("updatedAt");
        var field = context.indexSchemaElement()
                .field(FIELD, f -> f.asString().analyzer(SearchAnalysis.DUTCH))
                .multiValued()
                .toReference();
        context.bridge(Ticket.class, new Bridge(field));
    }

    private record Bridge(IndexFieldReference<String> field) implements TypeBridge<Ticket> {

        @Override
        public void write(DocumentElement target, Ticket ticket, TypeBridgeWriteContext context) {
            var session = context.extension(HibernateOrmExtension.get()).session();
            // MANUAL: this runs while the session flushes; the query must not start another flush.
            var bodies = session.createSelectionQuery(
                            "select m.body from TicketMessage m where m.ticketId = :ticket order by m.id", String.class)
                    .setParameter("ticket", ticket.id())
                    .setHibernateFlushMode(FlushMode.MANUAL)
                    .setMaxResults(MAX_MESSAGES)
                    .getResultList();
            for (var body : bodies) {
                target.addValue(field, body);
            }
        }
    }
}
