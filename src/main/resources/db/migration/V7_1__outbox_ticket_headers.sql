-- Ticket mails (issue 5) carry headers of their own: a Reply-To with the ticket's reply token, and
-- In-Reply-To / References so that mail programs thread a ticket's mails. thread_key ("ticket-
-- <number>") finds the earlier mails of the same conversation. The From of a ticket mail is the
-- department's sender, stored in the existing sender column.
alter table mail_outbox add column reply_to varchar(400);
alter table mail_outbox add column in_reply_to varchar(1000);
alter table mail_outbox add column references_header text;
alter table mail_outbox add column thread_key varchar(60);
create index mail_outbox_thread_idx on mail_outbox (thread_key, recipient, id);
