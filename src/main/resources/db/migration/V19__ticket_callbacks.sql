-- Callback requests: a ticket whose customer asked to be called back instead of phoning. The
-- ticket itself is an ordinary ticket (the request is its first message); this row holds what the
-- desk needs to call: the number and the window the customer chose, and how the attempts went.
-- Each attempt is also a line of the ticket's history (change_kind CALLBACK_ATTEMPT).
create table ticket_callback (
    ticket_id     bigint                   not null primary key references ticket (id) on delete cascade,
    phone         varchar(20)              not null,
    call_on       date                     not null,
    window_from   time                     not null,
    window_until  time                     not null,
    attempts      integer                  not null default 0,
    last_outcome  varchar(20),
    last_attempt  timestamp with time zone,
    constraint ticket_callback_window check (window_from < window_until),
    constraint ticket_callback_outcome check (last_outcome in ('REACHED', 'NO_ANSWER', 'RESCHEDULED'))
);
-- The desk's list of callbacks to make: by day and window.
create index ticket_callback_by_day_idx on ticket_callback (call_on, window_from);
