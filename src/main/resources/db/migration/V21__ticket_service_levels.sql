-- Service levels on tickets (issue 6, docs/adr/0019-service-level-clocks-on-tickets.md). Valid on H2
-- (PostgreSQL mode) and PostgreSQL. Accounts are referred to by id only (customer_id, staff_id).

-- A customer's level; a customer without a row has the default level (service_level.is_default).
create table customer_service_level (
    customer_id      bigint                   not null primary key,
    service_level_id bigint                   not null references service_level (id),
    changed_at       timestamp with time zone not null,
    changed_by       bigint
);

-- A ticket's level, taken from its customer (guests: the default) when it opens; staff may change
-- it, with a reason in the history. sla_due_at and sla_warn_at are the earliest due and warning
-- times of the ticket's running clocks (null when none runs): copies of ticket_service_clock kept
-- on the ticket so that the queue can sort and filter by due time along an index. Tickets opened
-- before this migration keep no level: their clocks would start at their opening, long past due.
alter table ticket add column service_level_id bigint;
alter table ticket add constraint ticket_service_level_fk foreign key (service_level_id) references service_level (id);
alter table ticket add column sla_due_at timestamp with time zone;
alter table ticket add column sla_warn_at timestamp with time zone;
create index ticket_queue_by_due_idx on ticket (department_id, status, sla_due_at, id);

-- Why a change was made (a service level change needs one); shown to staff only.
alter table ticket_history add column reason varchar(500);

-- The clocks of a ticket's level, computed again from the ticket's history whenever it changes
-- (opened, status, replies, level). One row per clock; the next-response row holds the latest cycle.
-- target_minutes/time_basis: the target that applied, kept for the report when plans change later.
-- due_at/warn_at: null while a pause holds the clock. counted_seconds: the clock's time (business or
-- calendar, pauses left out) from started_at to stopped_at, once stopped. stopped_by: REPLY,
-- RESOLVED or CLOSED. breach_notified_at: when the department was told of this cycle's breach
-- (the only row part that is not computed: it makes the notice go out once).
create table ticket_service_clock (
    ticket_id          bigint                   not null references ticket (id) on delete cascade,
    clock              varchar(20)              not null,
    target_minutes     int                      not null,
    time_basis         varchar(10)              not null,
    started_at         timestamp with time zone not null,
    due_at             timestamp with time zone,
    warn_at            timestamp with time zone,
    stopped_at         timestamp with time zone,
    stopped_by         varchar(10),
    counted_seconds    bigint,
    breach_notified_at timestamp with time zone,
    constraint ticket_service_clock_pk primary key (ticket_id, clock),
    constraint ticket_service_clock_known check (clock in ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION')),
    constraint ticket_service_clock_basis_known check (time_basis in ('BUSINESS', 'CALENDAR')),
    constraint ticket_service_clock_stop_known check (stopped_by is null or stopped_by in ('REPLY', 'RESOLVED', 'CLOSED'))
);
-- The breach sweep: running clocks past due that nobody was told about yet.
create index ticket_service_clock_breach_idx on ticket_service_clock (breach_notified_at, stopped_at, due_at);

-- The agents of a department: they get its breach notices. A department without members notifies
-- every member of staff who works with customers, so that no breach goes unnoticed.
create table ticket_department_agent (
    department_id bigint not null references ticket_department (id) on delete cascade,
    staff_id      bigint not null,
    constraint ticket_department_agent_pk primary key (department_id, staff_id)
);
