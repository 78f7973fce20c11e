-- The service level report reads the tickets opened in a period (a month, a quarter): without an
-- index on the opening time that is a scan of every ticket ever opened.
create index ticket_by_created_idx on ticket (created_at);
