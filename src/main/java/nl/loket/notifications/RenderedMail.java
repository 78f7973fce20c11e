package nl.loket.notifications;

/** A mail's content in one language: subject line, plain-text body and HTML body. */
public record RenderedMail(String subject, String text, String html) {}
