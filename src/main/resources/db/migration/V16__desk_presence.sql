-- Who has a ticket open at the desk right now (collision warnings, ADR 15). One row per ticket and
-- member of staff, refreshed by the page's heartbeat; a row whose seen_at is older than
-- loket.tickets.presence.expiry no longer counts and is deleted by the sweep on any node.
-- staff_name is the name as it was then (like ticket_message.author_name): no cross-module key.
create table ticket_presence (
    ticket_id  bigint                   not null references ticket (id) on delete cascade,
    staff_id   bigint                   not null,
    staff_name varchar(200)             not null,
    activity   varchar(10)              not null,
    seen_at    timestamp with time zone not null,
    constraint ticket_presence_pk primary key (ticket_id, staff_id),
    constraint ticket_presence_activity_known check (activity in ('VIEWING', 'REPLYING', 'NOTING'))
);
create index ticket_presence_by_seen_idx on ticket_presence (seen_at);
