-- Merging duplicate tickets at the desk. A merged ticket is closed and points at the ticket its
-- messages moved to; its guest keys, portal page and reply token then lead there. When the target is
-- merged in turn, the pointers are moved along, so one step always reaches the living ticket. The
-- index answers "which tickets were merged into this one" for keys and portal access.
alter table ticket add column merged_into_id bigint references ticket (id);
create index ticket_merged_into_idx on ticket (merged_into_id);
