-- Attachments belong to a ticket and one of its messages (issue 5). V10 left the columns without
-- foreign keys because the ticket tables came in another migration. No cascade: a ticket or message
-- is never deleted with rows still pointing at it, because only AttachmentStore.delete also removes
-- the file on disk; a cascade would leave files that nothing refers to.
alter table attachment
    add constraint attachment_ticket_fk foreign key (ticket_id) references ticket (id);
alter table attachment
    add constraint attachment_message_fk foreign key (message_id) references ticket_message (id);
