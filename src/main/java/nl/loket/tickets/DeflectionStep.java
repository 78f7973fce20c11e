package nl.loket.tickets;

/**
 * A step of the ticket form's deflection funnel. Counted per day, with nothing about the visitor.
 * "Per form" steps are counted once per filled-in form: the form itself remembers (in hidden
 * fields) that it was counted.
 */
public enum DeflectionStep {
    /** A form showed FAQ suggestions (once per form). */
    SUGGESTIONS_SHOWN,
    /** A form opened a suggestion in place (once per form). */
    SUGGESTION_OPENED,
    /** "Dit beantwoordt mijn vraag": the form was left without sending (explicit deflection). */
    ANSWERED_ON_FORM,
    /** A ticket was sent from the form. */
    SUBMITTED,
    /** ... after the form had shown suggestions ("submitted anyway"). */
    SUBMITTED_AFTER_SUGGESTIONS,
    /** ... after a suggestion had been opened. */
    SUBMITTED_AFTER_OPENING,
    /** "Ja, sluit mijn vraag" on the confirmation page (explicit deflection after sending). */
    CLOSED_ON_CONFIRMATION
}
