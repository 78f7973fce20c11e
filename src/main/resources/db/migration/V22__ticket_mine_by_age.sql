-- "Mine, oldest first" (the desk's default sort with the "mine" filter) read an agent's tickets of a
-- status through ticket_by_assignee_idx (ordered by updated_at) and sorted them all; an agent with a
-- long history of resolved tickets made that a sort of thousands of rows per page. This index gives
-- them in the page's order. Priority and due-time sorts for "mine" stay on the assignee index: an
-- agent's active tickets are few.
create index ticket_by_assignee_age_idx on ticket (assignee_id, status, created_at, id);
